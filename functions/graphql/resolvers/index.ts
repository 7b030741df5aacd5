import type { Resolvers } from '../resolvers.generated';
import { auditResolvers } from './audit';
import { coproductionResolvers } from './coproduction';
import { outcomesResolvers } from './outcomes';
import { employmentResolvers } from './employment';
import { peopleResolvers } from './people';
import { permissionsResolvers } from './permissions';
import { postsResolvers } from './posts';
import { rightsResolvers } from './rights';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars';
import { trainingResolvers } from './training';
import { mentoringResolvers } from './mentoring';
import { trainingDeliveryResolvers } from './trainingDelivery';

/** Every area's resolvers; makeExecutableSchema merges them by type. */
export const resolvers: Resolvers[] = [
  { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
  peopleResolvers,
  trainingResolvers,
  trainingDeliveryResolvers,
  mentoringResolvers,
  postsResolvers,
  employmentResolvers,
  coproductionResolvers,
  auditResolvers,
  rightsResolvers,
  permissionsResolvers,
  outcomesResolvers,
];
