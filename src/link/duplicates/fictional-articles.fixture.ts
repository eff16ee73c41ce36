/**
 * Invented articles for the tests of this folder (no real outlet, person or event).
 * `ferryStrike` and `ferryTourism` are different articles on one story, the hard case;
 * the others are unrelated. Paragraphs are separated by blank lines, headline first.
 */
export const fictionalArticles = {
  ferryStrike: `Kestrel Bay ferry crews walk out over rotas

Ferry crews in Kestrel Bay stopped work on Monday morning, leaving hundreds of commuters stranded on the quay as the first sailing of the day was cancelled.

The Harbour Workers' Guild said its members had voted by a large majority to strike after the operator, Northmoor Marine, announced new rotas that would add two night shifts a month. Guild secretary Odile Varga told reporters that the changes had been imposed without consultation and that crews were exhausted after a busy summer season.

Northmoor Marine said it regretted the disruption and that the new rotas were needed to keep the late crossing running through the winter. A spokesman added that the company had offered a bonus for each extra night shift and remained open to talks at any time.

Commuters waiting by the ticket office said they had been given little warning. One nurse who works at the island hospital said she would have to stay with relatives until the dispute was settled. The council has laid on two buses that will take the long road around the estuary, a journey of almost ninety minutes.

The strike is due to last for three days. The guild has warned that further action could follow in November if no agreement is reached, and that it will ballot engineers and ticket staff next week.
`,
  ferryTourism: `Island traders count cost of ferry dispute

Shopkeepers and cafe owners on Gull Island say the ferry strike in Kestrel Bay has emptied their streets at what should be a profitable time of year.

The walkout by crews of Northmoor Marine entered its second day on Tuesday with no sign of talks between the company and the Harbour Workers' Guild. Visitors who would normally cross for the autumn lantern festival have stayed on the mainland, and several guest houses reported cancellations for the whole week.

Teodor Lindqvist, who runs a bakery near the island pier, said his takings had fallen by more than half since Monday. He said he supported the crews but hoped both sides would compromise quickly, because small businesses could not survive many weeks like this one.

The island's business association has written to the regional transport minister asking for an emergency service to be run by the coastguard. The minister's office said it was monitoring the situation but that the dispute was a matter for the operator and its staff.

Festival organisers have postponed the opening parade until the weekend. They said tickets already bought would remain valid and that refunds would be offered to anyone unable to travel.
`,
  footballManager: `Ashgrove Rovers name Castell as new head coach

Ashgrove Rovers have appointed Brannigan Castell as head coach on a two-year contract, ending a month-long search after the departure of his predecessor.

Castell, 44, spent the past four seasons in charge of Millbrook Athletic, whom he led to promotion twice and to the semi-finals of the regional cup. The Rovers chairman said the board had been impressed by his work with young players and by his plans for the academy.

The new coach takes over a side sitting fourteenth in the table after a run of six matches without a win. His first game will be the home fixture against Stonebridge Town on Saturday, and he is expected to bring his long-time assistant with him from Millbrook.

Speaking at the training ground, Castell said the squad had more talent than its position suggested and that he wanted his team to press high and play with courage. Supporters' groups welcomed the appointment but said the club must also invest in the defence during the winter transfer window.
`,
  solarKettle: `Start-up unveils kettle that runs on sunlight

A start-up from Fairhaven has shown off a kettle that boils water using only the energy of the sun, which it hopes to sell to campers and to households without a reliable electricity supply.

The device folds out into a dish of curved mirrors that focus light onto a small black tank. In bright conditions it can bring a litre of water to the boil in around twelve minutes, the company said during a demonstration on the town's seafront.

Founder Priya Okonedo said the idea came to her while volunteering at a mountain school where fuel for cooking had to be carried up by hand. The firm has raised money from a regional investment fund and plans to manufacture the first batch of five thousand units next spring.

Independent engineers who tested a prototype said it worked well on clear days but was much slower under cloud, and that users would need to turn the dish every half hour to follow the sun. The company says a cheaper model without the tracking stand will follow later.
`,
};
