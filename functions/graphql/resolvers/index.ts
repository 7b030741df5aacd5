import type { Resolvers } from '../resolvers.generated';
import { auditResolvers } from './audit';
import { coproductionResolvers } from './coproduction';
import { peopleResolvers } from './people';
import { permissionsResolvers } from './permissions';
import { rightsResolvers } from './rights';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars';
import { trainingResolvers } from './training';

/** Every area's resolvers; makeExecutableSchema merges them by type. */
export const resolvers: Resolvers[] = [
  { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
  peopleResolvers,
  trainingResolvers,
  coproductionResolvers,
  auditResolvers,
  rightsResolvers,
  permissionsResolvers,
];
