// The programme dashboard: every figure comes from the GraphQL API as the signed-in person, so what they may
// not see arrives suppressed or refused and is shown as such. No build step, no third-party code, nothing
// from outside this server (it works offline). Data is written with textContent only, never as HTML.

const COUNT = 'value suppressed';
const FUNNEL_COUNTS = `applications { ${COUNT} } places { ${COUNT} } completions { ${COUNT} } eligible { ${COUNT} } employed { ${COUNT} }`;

const QUERIES = {
  funnel: funnelRequest,
  table3: `query DashboardEmployments {
    programmeOutcomes { employments { role area ftePercent inRoleAt12Months inRoleAt24Months } }
  }`,
  benchmarks: `query DashboardBenchmarks {
    programmeOutcomes { totals { completionRate { ${COUNT} } employmentRate { ${COUNT} } } benchmarks { label source rate } }
  }`,
  mentoring: `query DashboardMentoring {
    cohorts(first: 20) { edges { node { id number mentoringShortfall { meetings enrolment { id trainee { displayName } } } } } }
  }`,
  supervision: `query DashboardSupervision {
    overdueSupervision(first: 20) { edges { node { id startDate lastSupervisionOn lxp { displayName } supervisor { displayName } } } }
  }`,
  cdp: `query DashboardCdp {
    cdpSessions(first: 50) { edges { node { id topic date capacity signedUpCount } } }
  }`,
};

const FUNNEL = `programmeOutcomes {
  cohorts { cohort { id number startDate } ${FUNNEL_COUNTS} }
  totals { ${FUNNEL_COUNTS} employmentRate { ${COUNT} } }
  retention(months: 24) { employed { ${COUNT} } retained { ${COUNT} } rate { ${COUNT} } }
}`;

// The cohorts whose "in post at 24 months" the funnel query asked for, in the order of its aliases.
let funnelCohortIds = [];

/**
 * Retention is a figure over the selected cohorts, so each cohort's "in post at 24 months" is one more
 * programmeOutcomes selection narrowed to that cohort, sent with the funnel in the same request.
 */
async function funnelRequest() {
  const { data } = await api({ query: 'query DashboardCohorts { programmeOutcomes { cohorts { cohort { id } } } }' });
  funnelCohortIds = data?.programmeOutcomes?.cohorts.map((c) => c.cohort.id) ?? [];
  const variables = Object.fromEntries(funnelCohortIds.map((id, i) => [`c${i}`, [id]]));
  const declared = funnelCohortIds.map((_, i) => `$c${i}: [ID!]`).join(', ');
  const perCohort = funnelCohortIds
    .map((_, i) => `inPost${i}: programmeOutcomes(cohortIds: $c${i}) { retention(months: 24) { retained { ${COUNT} } } }`)
    .join('\n');
  return { query: `query DashboardFunnel${declared ? `(${declared})` : ''} { ${FUNNEL} ${perCohort} }`, variables };
}

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child instanceof Node ? child : String(child));
  return node;
}

function table(caption, headings, rows, numeric = []) {
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...headings.map((h, i) => el('th', { scope: 'col', class: numeric.includes(i) ? 'number' : '' }, h)))),
    el(
      'tbody',
      {},
      ...rows.map((cells) =>
        el(
          'tr',
          {},
          ...cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', { class: numeric.includes(i) ? 'number' : '' }, c))),
        ),
      ),
    ),
  );
}

const notice = (text, kind = '') => el('p', { class: `notice ${kind}`.trim() }, text);
const SUPPRESSED = 'suppressed (1 to 4)';
const countText = (c) => (c == null ? 'not shown' : c.suppressed ? SUPPRESSED : c.value == null ? '—' : String(c.value));
const rateText = (r) => (r == null ? 'not shown' : r.suppressed ? SUPPRESSED : r.value == null ? '—' : `${Math.round(r.value * 100)}%`);
const yesNo = (b) => (b == null ? 'not yet known' : b ? 'Yes' : 'No');

let token = '';

async function api(request) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  });
  return response.json();
}

/** Explains a failed section in the viewer's terms: not in this API yet, not allowed, or an error. */
function explain(errors, what) {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has('GRAPHQL_VALIDATION_FAILED')) return notice(`${what} is not available from this API yet (${errors[0].message})`);
  if (codes.has('FORBIDDEN')) return notice(`Your roles do not let you see ${what.toLowerCase()}.`);
  return notice(`${what} could not be loaded: ${errors.map((e) => e.message).join('; ')}`, 'error');
}

async function section(id, what, query, render) {
  const panel = $(id);
  panel.replaceChildren(el('p', { class: 'empty' }, 'Loading…'));
  try {
    const { data, errors = [] } = await api(typeof query === 'function' ? await query() : { query });
    const refused = errors.filter((e) => e.extensions?.code === 'FORBIDDEN');
    if (!data || errors.length > refused.length || !render(panel, data, refused)) panel.replaceChildren(explain(errors, what));
  } catch (error) {
    panel.replaceChildren(notice(`${what} could not be loaded: ${error.message}`, 'error'));
  }
}

const FUNNEL_STAGES = [
  ['applications', 'Applications'],
  ['places', 'On the programme'],
  ['completions', 'Completions'],
  ['eligible', 'Eligible for a post'],
  ['employed', 'Employed'],
];

function funnelTable(caption, counts, extra = []) {
  const stages = [...FUNNEL_STAGES.map(([key, label]) => [label, counts[key]]), ...extra];
  const max = Math.max(1, ...stages.map(([, c]) => c?.value ?? 0));
  return el(
    'table',
    { class: 'funnel-table' },
    el('caption', {}, caption),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Stage'),
        el('th', { scope: 'col', class: 'number' }, 'Count'),
        el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Bar')),
      ),
    ),
    el(
      'tbody',
      {},
      ...stages.map(([label, c]) => {
        const bar = c?.suppressed ? el('span', { class: 'suppressed' }) : el('span', { style: `width: ${(100 * (c?.value ?? 0)) / max}%` });
        return el(
          'tr',
          {},
          el('th', { scope: 'row' }, label),
          el('td', { class: `number${c?.suppressed ? ' suppressed-text' : ''}` }, countText(c)),
          el('td', { class: 'bar', 'aria-hidden': 'true' }, bar),
        );
      }),
    ),
  );
}

const renderers = {
  funnel(panel, data) {
    const outcomes = data.programmeOutcomes;
    if (!outcomes) return false;
    const inPost = (retention) => (retention ? [['In post at 24 months', retention.retained]] : []);
    const cohortRetention = (id) => data[`inPost${funnelCohortIds.indexOf(id)}`]?.retention;
    panel.replaceChildren(
      el(
        'div',
        { class: 'funnel' },
        ...outcomes.cohorts.map((c) =>
          funnelTable(`Cohort ${c.cohort.number} (from ${c.cohort.startDate})`, c, inPost(cohortRetention(c.cohort.id))),
        ),
        funnelTable('All cohorts', outcomes.totals, inPost(outcomes.retention)),
      ),
    );
    return true;
  },
  table3(panel, data) {
    const rows = data.programmeOutcomes?.employments;
    if (!rows) return false;
    panel.replaceChildren(
      rows.length === 0
        ? el('p', { class: 'empty' }, 'No employments are listed for you: rows describe individuals, so they are for HR and the Lead LXP.')
        : table(
            `${rows.length} employments of trainees`,
            ['Role', 'Service area', 'FTE', 'In role at 12 months', 'In role at 24 months'],
            rows.map((r) => [r.role, r.area, `${r.ftePercent}%`, yesNo(r.inRoleAt12Months), yesNo(r.inRoleAt24Months)]),
            [2],
          ),
    );
    return true;
  },
  benchmarks(panel, data) {
    const outcomes = data.programmeOutcomes;
    if (!outcomes) return false;
    panel.replaceChildren(
      table(
        'Completion and employment rates',
        ['Measure', 'Rate', 'Source'],
        [
          ['This programme: completion rate', rateText(outcomes.totals.completionRate), 'the records above'],
          ['This programme: employment rate', rateText(outcomes.totals.employmentRate), 'the records above'],
          ...outcomes.benchmarks.map((b) => [b.label, `${Math.round(b.rate * 100)}%`, b.source]),
        ],
        [1],
      ),
    );
    return true;
  },
  mentoring(panel, data, refused) {
    const cohorts = data.cohorts?.edges.map((e) => e.node) ?? [];
    const visible = cohorts.filter((c) => c.mentoringShortfall);
    if (visible.length === 0 && refused.length) {
      panel.replaceChildren(
        notice(
          "Your roles do not let you see which trainees are below three meetings: it is for the Lead LXP and each cohort's facilitators.",
        ),
      );
      return true;
    }
    const rows = visible.flatMap((c) =>
      c.mentoringShortfall.map((s) => [s.enrolment?.trainee?.displayName ?? 'not shown', `Cohort ${c.number}`, String(s.meetings)]),
    );
    panel.replaceChildren(
      rows.length === 0
        ? el('p', { class: 'empty' }, 'Every trainee you may see met their mentor at least three times.')
        : table(`${rows.length} trainees below three meetings`, ['Trainee', 'Cohort', 'Meetings'], rows, [2]),
    );
    return true;
  },
  supervision(panel, data) {
    if (!data.overdueSupervision) return false;
    const rows = data.overdueSupervision.edges.map(({ node: e }) => [
      e.lxp?.displayName ?? 'not shown',
      e.supervisor?.displayName ?? 'not shown',
      e.lastSupervisionOn ?? `none since starting on ${e.startDate}`,
    ]);
    panel.replaceChildren(
      rows.length === 0
        ? el('p', { class: 'empty' }, 'No LXP you may see is overdue for supervision.')
        : table(`${rows.length} LXPs overdue for supervision`, ['LXP', 'Supervisor', 'Last supervision'], rows),
    );
    return true;
  },
  cdp(panel, data) {
    if (!data.cdpSessions) return false;
    const today = new Date().toISOString().slice(0, 10);
    const sessions = data.cdpSessions.edges.map((e) => e.node);
    const upcoming = sessions.filter((s) => s.date >= today);
    const shown = upcoming.length ? upcoming : sessions.slice(-5);
    const caption = upcoming.length
      ? `${upcoming.length} ${upcoming.length === 1 ? 'session' : 'sessions'} from today`
      : 'No session is planned after today; the latest sessions';
    panel.replaceChildren(
      shown.length === 0
        ? el('p', { class: 'empty' }, 'No sessions are planned.')
        : table(
            caption,
            ['Date', 'Topic', 'Signed up', 'Places'],
            shown.map((s) => [s.date, s.topic, String(s.signedUpCount), String(s.capacity)]),
            [2, 3],
          ),
    );
    return true;
  },
};

const TITLES = {
  funnel: 'The funnel',
  table3: 'Table 3',
  benchmarks: 'The list of benchmarks',
  mentoring: 'The mentoring shortfall',
  supervision: 'Overdue supervision',
  cdp: 'The list of CDP sessions',
};

async function signIn(person) {
  // JSON from this page's own origin: the token endpoint answers nothing else (functions/local/httpServer.ts).
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: person.id }),
  });
  if (!response.ok) throw new Error(`No token for ${person.id}`);
  token = (await response.json()).token;
  $('viewer').textContent = `Signed in as ${person.displayName} (${person.roles.join(', ')}).`;
  document.title = `Programme dashboard (${person.displayName}) — LXP Programme Platform`;
}

async function main() {
  const people = await (await fetch('/dev/people')).json();
  const select = $('person');
  for (const p of people) select.add(new Option(`${p.displayName} — ${p.roles.join(', ')}`, p.id));
  const asked = new URLSearchParams(location.search).get('as');
  const person = people.find((p) => p.id === asked) ?? people.find((p) => p.id === 'per_lead_lxp') ?? people[0];
  select.value = person.id;
  await signIn(person);
  await Promise.all(Object.keys(QUERIES).map((id) => section(id, TITLES[id], QUERIES[id], renderers[id])));
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  $('viewer').textContent = `The dashboard could not start: ${error.message}`;
  document.body.dataset.ready = 'true';
});
