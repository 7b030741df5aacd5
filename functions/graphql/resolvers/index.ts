import type { Resolvers } from '../resolvers.generated';
import { auditResolvers } from './audit';
import { peopleResolvers } from './people';
import { permissionsResolvers } from './permissions';
import { DateScalar, DateTimeScalar } from './scalars';
import { trainingResolvers } from './training';
import { mentoringResolvers } from './mentoring';
import { trainingDeliveryResolvers } from './trainingDelivery';

/** Every area's resolvers; makeExecutableSchema merges them by type. */
export const resolvers: Resolvers[] = [
  { Date: DateScalar, DateTime: DateTimeScalar },
  peopleResolvers,
  trainingResolvers,
  trainingDeliveryResolvers,
  mentoringResolvers,
  auditResolvers,
  permissionsResolvers,
];
