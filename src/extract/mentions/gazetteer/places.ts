/**
 * Places, with the adjectives (demonyms) that refer to them, so that "Chechen",
 * "Chechnyan" and "Chechnya's" all point at Chechnya and "the Russian president" can be
 * matched to "Russia's president". Format: `Place: demonym, demonym`.
 */
const PLACES = `Afghanistan: Afghan|Albania: Albanian|Algeria: Algerian|Angola: Angolan|Argentina: Argentine, Argentinian
Armenia: Armenian|Australia: Australian|Austria: Austrian|Azerbaijan: Azerbaijani, Azeri|Bahrain: Bahraini
Bangladesh: Bangladeshi|Belarus: Belarusian, Belarussian|Belgium: Belgian|Bolivia: Bolivian|Bosnia: Bosnian
Brazil: Brazilian|Britain: British|United Kingdom: British|UK: British|Bulgaria: Bulgarian|Burma: Burmese
Myanmar: Myanmarese|Cambodia: Cambodian|Cameroon: Cameroonian|Canada: Canadian|Chile: Chilean|China: Chinese
Colombia: Colombian|Congo: Congolese|Croatia: Croatian|Cuba: Cuban|Cyprus: Cypriot|Czech Republic: Czech
Denmark: Danish|Ecuador: Ecuadorian|Egypt: Egyptian|England: English|Eritrea: Eritrean|Estonia: Estonian
Ethiopia: Ethiopian|Europe: European|European Union: EU|Finland: Finnish|France: French|Georgia: Georgian
Germany: German|Ghana: Ghanaian|Greece: Greek|Guatemala: Guatemalan|Haiti: Haitian|Honduras: Honduran
Hungary: Hungarian|Iceland: Icelandic|India: Indian|Indonesia: Indonesian|Iran: Iranian|Iraq: Iraqi
Ireland: Irish|Israel: Israeli|Italy: Italian|Jamaica: Jamaican|Japan: Japanese|Jordan: Jordanian
Kazakhstan: Kazakh|Kenya: Kenyan|Kosovo: Kosovar|Kuwait: Kuwaiti|Kyrgyzstan: Kyrgyz|Laos: Laotian|Latvia: Latvian
Lebanon: Lebanese|Libya: Libyan|Lithuania: Lithuanian|Malaysia: Malaysian|Mali: Malian|Mexico: Mexican
Moldova: Moldovan|Mongolia: Mongolian|Montenegro: Montenegrin|Morocco: Moroccan|Mozambique: Mozambican
Nepal: Nepalese, Nepali|Netherlands: Dutch|Holland: Dutch|New Zealand: New Zealander|Nicaragua: Nicaraguan
Niger: Nigerien|Nigeria: Nigerian|North Korea: North Korean|Norway: Norwegian|Oman: Omani|Pakistan: Pakistani
Palestine: Palestinian|Panama: Panamanian|Paraguay: Paraguayan|Peru: Peruvian|Philippines: Filipino, Philippine
Poland: Polish|Portugal: Portuguese|Qatar: Qatari|Romania: Romanian|Russia: Russian|Rwanda: Rwandan
Saudi Arabia: Saudi|Scotland: Scottish, Scots|Senegal: Senegalese|Serbia: Serbian, Serb|Singapore: Singaporean
Slovakia: Slovak|Slovenia: Slovenian, Slovene|Somalia: Somali|South Africa: South African|South Korea: South Korean
Korea: Korean|Spain: Spanish|Sri Lanka: Sri Lankan|Sudan: Sudanese|South Sudan: South Sudanese|Sweden: Swedish
Switzerland: Swiss|Syria: Syrian|Taiwan: Taiwanese|Tajikistan: Tajik|Tanzania: Tanzanian|Thailand: Thai
Tunisia: Tunisian|Turkey: Turkish|Turkmenistan: Turkmen|Uganda: Ugandan|Ukraine: Ukrainian
United Arab Emirates: Emirati|United States: American|US: American|USA: American|America: American
Uruguay: Uruguayan|Uzbekistan: Uzbek|Venezuela: Venezuelan|Vietnam: Vietnamese|Wales: Welsh|Yemen: Yemeni
Zambia: Zambian|Zimbabwe: Zimbabwean|Africa: African|Asia: Asian|Latin America: Latin American
Middle East: Middle Eastern|Scandinavia: Scandinavian|Balkans: Balkan|Caucasus: Caucasian|Crimea: Crimean
Chechnya: Chechen, Chechnyan|Dagestan: Dagestani|Ingushetia: Ingush|Tatarstan: Tatar|Bashkortostan: Bashkir
Siberia: Siberian|Kurdistan: Kurdish, Kurd|Catalonia: Catalan|Basque Country: Basque|Flanders: Flemish
Bavaria: Bavarian|Quebec: Quebecois|Punjab: Punjabi|Kashmir: Kashmiri|Tibet: Tibetan|Xinjiang: Uighur, Uyghur
Hong Kong: Hong Konger|Gaza: Gazan|West Bank|Donbas|Donetsk|Luhansk|Abkhazia: Abkhaz|Ossetia: Ossetian
Transnistria|Kurdistan Region|Darfur|Tigray: Tigrayan|Rakhine: Rohingya|Moscow: Muscovite|St Petersburg
Washington|New York: New Yorker|London: Londoner|Paris: Parisian|Berlin: Berliner|Brussels|Geneva|Vienna
Rome: Roman|Madrid|Lisbon|Warsaw|Prague|Budapest|Bucharest|Sofia|Athens|Istanbul|Ankara|Kiev|Kyiv|Minsk
Tbilisi|Yerevan|Baku|Grozny|Makhachkala|Kazan|Beijing|Shanghai|Tokyo|Seoul|Pyongyang|Delhi|New Delhi|Mumbai
Karachi|Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Cairo|Riyadh|Doha|Dubai|Abu Dhabi
Nairobi|Lagos|Johannesburg|Cape Town|Addis Ababa|Kinshasa|Mexico City|Havana|Caracas|Bogota|Lima|Brasilia
Rio de Janeiro|Sao Paulo|Buenos Aires|Santiago|Ottawa|Toronto|Montreal|Vancouver|Sydney|Melbourne|Canberra
Wellington|Manila|Jakarta|Bangkok|Hanoi|Singapore|Kuala Lumpur|Dhaka|Colombo|Kathmandu|Versailles|Strasbourg
The Hague|Amsterdam|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Edinburgh|Cardiff|Belfast|Manchester|Birmingham
Liverpool|Glasgow|Leeds|Bristol|Munich|Hamburg|Frankfurt|Cologne|Milan|Naples|Barcelona|Zurich|Los Angeles
Chicago|Houston|Philadelphia|Phoenix|San Francisco|Boston|Seattle|Miami|Atlanta|Dallas|Detroit|Denver
Baltimore|Cleveland|Pittsburgh|New Orleans|Las Vegas|Alabama: Alabaman|Alaska: Alaskan|Arizona: Arizonan
Arkansas|California: Californian|Colorado|Connecticut|Delaware|Florida: Floridian|Hawaii: Hawaiian|Idaho
Illinois|Indiana|Iowa: Iowan|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota
Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas: Texan|Utah
Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Puerto Rico: Puerto Rican|Gulf|Arctic|Antarctica`;

/** Place name → its demonyms. */
export const PLACE_DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  PLACES.split(/[|\n]/).map((entry) => {
    const [place = '', adjectives = ''] = entry.split(':');
    return [place.trim(), adjectives.split(',').map((a) => a.trim()).filter(Boolean)] as const;
  }),
);

/** Lower-case place name, demonym or possessive → the place's name: "chechen" → "Chechnya". */
export const PLACE_KEY: ReadonlyMap<string, string> = new Map(
  [...PLACE_DEMONYMS].flatMap(([place, dems]) => [[place.toLowerCase(), place] as const, ...dems.map((d) => [d.toLowerCase(), place] as const)]),
);
