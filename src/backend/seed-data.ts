/** The default seed's fixed facts, exported as `SEED` so that tests and demos can name them. */
export const SEED = {
  /** Every seeded account's password. */
  password: 'correct horse battery staple',
  workspaces: { acme: 'ws_acme', labs: 'ws_labs', globex: 'ws_globex' },
  users: {
    owner: { id: 'usr_olivia', email: 'owner@acme.test', name: 'Olivia Owner' },
    admin: { id: 'usr_adam', email: 'admin@acme.test', name: 'Adam Admin' },
    member: { id: 'usr_mia', email: 'member@acme.test', name: 'Mia Member' },
    viewer: { id: 'usr_victor', email: 'viewer@acme.test', name: 'Victor Viewer' },
    billing: { id: 'usr_ana', email: 'ana.silva@acme.test', name: 'Ana Silva' },
    globexOwner: { id: 'usr_gus', email: 'gus@globex.test', name: 'Gus Globex' },
    globexAdmin: { id: 'usr_gloria', email: 'gloria@globex.test', name: 'Gloria Gómez' },
  },
  /** Membership ids, by workspace and person. */
  members: {
    acme: { owner: 'mem_acme_owner', admin: 'mem_acme_admin', member: 'mem_acme_member', viewer: 'mem_acme_viewer', billing: 'mem_acme_ana' },
    labs: { owner: 'mem_labs_owner', admin: 'mem_labs_admin' },
    globex: { owner: 'mem_globex_owner', admin: 'mem_globex_admin', olivia: 'mem_globex_olivia' },
  },
  roles: { billingManager: 'role_billing_manager' },
  /** Acme's domains: one verified (single sign-on, auto-join as member), one waiting for its DNS record. */
  domains: {
    verified: { id: 'dom_acme', hostname: 'acme.test', token: 'seed-domain-acme' },
    pending: { id: 'dom_acme_corp', hostname: 'acme-corp.test', token: 'seed-domain-acme-corp' },
  },
  groups: { engineering: 'grp_engineering', sales: 'grp_sales' },
  /** The owner's sign-ins: the seeded devices', three failed attempts, and one older than the list reaches. */
  signIns: {
    old: 'sgn_seed_old', phone: 'sgn_seed_phone', laptop: 'sgn_seed_laptop',
    failedTokyo: 'sgn_seed_failed_tokyo', failedLagos: 'sgn_seed_failed_lagos', failedLagosAgain: 'sgn_seed_failed_lagos_again',
  },
  /** Invitations to Acme Inc. in each state, with their tokens. */
  invitations: {
    pending: { id: 'inv_pending', token: 'seed-invitation-pending', email: 'new.hire@example.test' },
    expired: { id: 'inv_expired', token: 'seed-invitation-expired', email: 'late.reply@example.test' },
    revoked: { id: 'inv_revoked', token: 'seed-invitation-revoked', email: 'changed.mind@example.test' },
    accepted: { id: 'inv_accepted', token: 'seed-invitation-accepted', email: 'member@acme.test' },
  },
} as const;

/** More of Acme's people, in several scripts: [name, email handle, role, groups, status]. */
export const ACME_PEOPLE: readonly [string, string, string, readonly string[], 'active' | 'pending'][] = [
  ['José Álvarez', 'jose.alvarez', 'member', ['grp_engineering'], 'active'],
  ['Zoë Müller', 'zoe.mueller', 'member', ['grp_sales'], 'active'],
  ['Дмитрий Иванов', 'dmitry.ivanov', 'member', ['grp_engineering'], 'active'],
  ['山田 花子', 'hanako.yamada', 'viewer', [], 'active'],
  ['李伟', 'li.wei', 'member', ['grp_engineering'], 'active'],
  ['محمد علي', 'mohamed.ali', 'member', [], 'active'],
  ['प्रिया शर्मा', 'priya.sharma', 'member', ['grp_engineering', 'grp_sales'], 'active'],
  ['Αλέξανδρος Παπαδόπουλος', 'alexandros.papadopoulos', 'viewer', [], 'active'],
  ['Søren Nielsen', 'soren.nielsen', 'member', ['grp_sales'], 'active'],
  ['Chloé Dubois', 'chloe.dubois', 'member', [], 'active'],
  ['Ngozi Okafor', 'ngozi.okafor', 'admin', ['grp_engineering'], 'active'],
  ['Mateo Rossi', 'mateo.rossi', 'member', ['grp_sales'], 'active'],
  ['김민준', 'minjun.kim', 'member', [], 'active'],
  ['Fatima Zahra', 'fatima.zahra', 'member', [], 'active'],
  ["Liam O'Brien", 'liam.obrien', 'member', ['grp_sales'], 'active'],
  ['Olga Kowalska', 'olga.kowalska', 'viewer', [], 'active'],
  ['Aarav Patel', 'aarav.patel', 'member', ['grp_engineering'], 'active'],
  ['Emma Johansson', 'emma.johansson', 'member', [], 'active'],
  ['Tomás Ferreira', 'tomas.ferreira', 'member', [], 'pending'],
  ['Yuki Tanaka', 'yuki.tanaka', 'viewer', [], 'pending'],
];

/** First and last names for generated members, each with a Latin handle for the email address. */
export const GENERATED_FIRST_NAMES: readonly (readonly [string, string])[] = [
  ['Olivia', 'olivia'], ['Liam', 'liam'], ['Amelia', 'amelia'], ['Noah', 'noah'], ['Sofía', 'sofia'], ['Mateo', 'mateo'],
  ['Léa', 'lea'], ['Lucas', 'lucas'], ['Anna', 'anna'], ['Jonas', 'jonas'], ['Иван', 'ivan'], ['Мария', 'maria'],
  ['Γιώργος', 'giorgos'], ['Ελένη', 'eleni'], ['健太', 'kenta'], ['さくら', 'sakura'], ['伟', 'wei'], ['芳', 'fang'],
  ['민준', 'minjun'], ['서연', 'seoyeon'], ['محمد', 'mohamed'], ['فاطمة', 'fatima'], ['अर्जुन', 'arjun'], ['अनन्या', 'ananya'],
  ['Chidi', 'chidi'], ['Amara', 'amara'], ['Søren', 'soren'], ['Ingrid', 'ingrid'], ['Zoë', 'zoe'], ['Björn', 'bjorn'],
];

export const GENERATED_LAST_NAMES: readonly (readonly [string, string])[] = [
  ['Smith', 'smith'], ['García', 'garcia'], ['Müller', 'muller'], ['Rossi', 'rossi'], ['Dubois', 'dubois'], ['Silva', 'silva'],
  ['Nowak', 'nowak'], ['Jensen', 'jensen'], ['Иванов', 'ivanov'], ['Петрова', 'petrova'], ['Παπαδόπουλος', 'papadopoulos'],
  ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['王', 'wang'], ['李', 'li'], ['김', 'kim'], ['박', 'park'], ['حسن', 'hassan'],
  ['शर्मा', 'sharma'], ['पटेल', 'patel'], ['Okafor', 'okafor'], ['Mensah', 'mensah'], ["O'Connor", 'oconnor'], ['Nguyễn', 'nguyen'],
];
