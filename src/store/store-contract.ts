/**
 * The one contract every Store implementation passes: the same node:test suite runs
 * against each database, so that SQLite and PostgreSQL agree on ordering, pagination,
 * filtering, search semantics and failure behaviour. An implementation's test file calls
 * `storeContract('name', open)`; `open` must return a new, empty store each time it is
 * called (a fresh in-memory database, a fresh schema). The suite is split by area into
 * src/store/contract/; its fixtures are in contract-fixtures.ts.
 */
import { describe } from 'node:test';
import type { MovableStore } from './store.ts';
import { documentsContract } from './contract/documents-contract.ts';
import { listingContract } from './contract/listing-contract.ts';
import { queriesContract } from './contract/queries-contract.ts';
import { searchContract } from './contract/search-contract.ts';
import { hostileSearchContract } from './contract/hostile-search-contract.ts';
import { linksContract } from './contract/links-contract.ts';
import { linksAtomicityContract } from './contract/links-atomicity-contract.ts';
import { entitiesContract } from './contract/entities-contract.ts';
import { claimsContract } from './contract/claims-contract.ts';
import { movingContract } from './contract/moving-contract.ts';

export function storeContract(name: string, open: () => Promise<MovableStore>): void {
  describe(`Store contract: ${name}`, () => {
    documentsContract(open);
    listingContract(open);
    queriesContract(open);
    searchContract(open);
    hostileSearchContract(open);
    linksContract(open);
    linksAtomicityContract(open);
    entitiesContract(open);
    claimsContract(open);
    movingContract(open);
  });
}
