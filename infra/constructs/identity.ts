import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Role } from '../../functions/lib/vocabulary';
import type { FrontEnd, IdentityConfig } from '../config';

/** One Cognito group per programme role; the schema's `Role` enum is the list (the type check below keeps them equal). */
export const ROLE_GROUPS = {
  SERVICE_USER: 'People with lived experience: applicants, trainees and employed LXPs, acting about themselves',
  CLINICIAN: 'Clinical, management and support staff: mentors, facilitators, assessors, panel members, supervisors',
  HR: 'Human resources: posts, recruitment, employment and adjustments',
  LEAD_LXP: 'The Trust-wide Lead LXP: continuing development programme, cohorts and programme outcomes',
} satisfies Record<Role, string>;

export interface IdentityProps {
  stage: string;
  identity: IdentityConfig;
  frontEnds: FrontEnd[];
}

/**
 * Who may call the API: the token issuer, the audiences it issues for, and the claim carrying the roles.
 * The HTTP API's JWT authorizer and the function's own jose verification both use these values.
 *
 * - `cognito` (default): a user pool for this stage — no self sign-up (administrators invite people and
 *   put them in groups), sign-in by email, a 14-character password policy with all character classes,
 *   MFA required (authenticator app), Plus feature plan with full threat protection, deletion protection,
 *   retained with the stack; one group per role; one public app client per front end (authorization code
 *   with PKCE, SRP, no client secret), whose id is an audience.
 * - `oidc`: nothing is created; the Trust's issuer (e.g. Entra ID) and its audiences come from configuration.
 */
export class Identity extends Construct {
  readonly issuer: string;
  readonly audiences: string[];
  readonly rolesClaim: string;
  /** Set only when the issuer's keys are not at `${issuer}/.well-known/jwks.json`. */
  readonly jwksUri: string | undefined;
  readonly userPool: cognito.UserPool | undefined;
  /** App clients by front-end name (Cognito mode). */
  readonly clients: ReadonlyMap<string, cognito.UserPoolClient>;
  readonly domain: cognito.UserPoolDomain | undefined;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const { identity } = props;
    this.rolesClaim = identity.rolesClaim;
    if (identity.mode === 'oidc') {
      this.issuer = identity.issuer;
      this.audiences = identity.audiences;
      this.jwksUri = identity.jwksUri;
      this.clients = new Map();
      return;
    }

    const pool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `lxp-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.userPool = pool;

    (Object.keys(ROLE_GROUPS) as Role[]).forEach((role) => {
      new cognito.UserPoolGroup(this, `Group${role}`, { userPool: pool, groupName: role, description: ROLE_GROUPS[role] });
    });

    const clients = new Map<string, cognito.UserPoolClient>();
    for (const frontEnd of props.frontEnds) {
      clients.set(
        frontEnd.name,
        pool.addClient(`Client-${frontEnd.name}`, {
          userPoolClientName: `lxp-${props.stage}-${frontEnd.name}`,
          generateSecret: false,
          authFlows: { userSrp: true },
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          accessTokenValidity: Duration.hours(1),
          idTokenValidity: Duration.hours(1),
          refreshTokenValidity: Duration.hours(12),
          supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
          oAuth: {
            flows: { authorizationCodeGrant: true },
            scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
            callbackUrls: frontEnd.callbackUrls,
            logoutUrls: frontEnd.logoutUrls,
          },
        }),
      );
    }
    this.clients = clients;
    this.domain = identity.domainPrefix ? pool.addDomain('Domain', { cognitoDomain: { domainPrefix: identity.domainPrefix } }) : undefined;

    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${pool.userPoolId}`;
    this.audiences = [...clients.values()].map((client) => client.userPoolClientId);
    this.jwksUri = undefined;
  }
}
