import type { EntityKind } from '../../../domain/entity-kind.ts';

/**
 * Nouns that describe who someone is: they head role mentions ("the Chechen leader",
 * "a spokesperson for Vladimir Putin", "Russian newspaper Novaya Gazeta") and, before a
 * name, make it a person or an organisation. Each synonym group shares one key, so that
 * "the paper" refers back to "the newspaper".
 */
const PERSON = `president leader=president ruler=president strongman=president premier chancellor minister secretary spokesperson=spokesperson spokesman=spokesperson
spokeswoman=spokesperson governor mayor senator congressman=lawmaker congresswoman=lawmaker
lawmaker legislator deputy mp=lawmaker representative ambassador envoy diplomat official officer commander general
colonel captain sergeant journalist reporter correspondent editor columnist writer author blogger activist campaigner
advocate lawyer attorney prosecutor judge justice investigator inspector detective analyst expert researcher scientist
professor economist doctor physician nurse witness victim survivor resident villager refugee defector dissident
candidate nominee chairman=chair chairwoman=chair chair ceo=executive executive director manager founder owner
councillor councilman=councillor councilwoman=councillor commissioner sheriff chief adviser=adviser
advisor=adviser aide strategist pollster consultant organizer organiser cleric imam priest bishop pope king queen prince
princess monarch dictator emir sultan sheikh mufti rabbi pastor father mother brother sister uncle aunt son daughter
wife husband widow teacher student worker employee farmer miner soldier policeman=officer policewoman=officer officer
guard prisoner detainee inmate hostage suspect defendant plaintiff man woman boy girl source insider whistleblower
director-general secretary-general=secretary-general`;

const ORG = `newspaper=newspaper paper=newspaper daily=newspaper tabloid=newspaper broadsheet=newspaper weekly=newspaper
magazine outlet=outlet website=outlet broadcaster=broadcaster channel=broadcaster network=network station=broadcaster
agency government administration=government regime=government cabinet ministry=ministry department=ministry
authorities=authorities police military army=military navy=military forces=military
parliament=parliament assembly=parliament congress=parliament senate=parliament court=court tribunal=court party
campaign committee commission council group organisation=organization organization=organization charity ngo
watchdog union company firm corporation bank university institute foundation association coalition alliance
movement office embassy consulate`;

function parse(block: string, kind: EntityKind): [string, { key: string; kind: EntityKind }][] {
  return block
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const [noun = '', key] = w.split('=');
      return [noun, { key: key ?? noun, kind }];
    });
}

/** Role noun (lower case, single word) → its synonym key and the kind of entity it describes. */
export const ROLE_NOUNS: ReadonlyMap<string, { readonly key: string; readonly kind: EntityKind }> = new Map([
  ...parse(PERSON, 'person'),
  ...parse(ORG, 'organization'),
]);
