// Texts of the workspace list (creating a workspace) and the invitation page that are not in i18n/nl.ts|en.ts.
import type { Lang } from '../i18n/index.tsx';
import { useI18n } from '../i18n/index.tsx';

const nl = {
  acceptSignedIn: (email: string) =>
    `U bent ingelogd als ${email}. U hoeft geen wachtwoord te kiezen: neem de uitnodiging aan met de knop.`,
  otherAccount: (signedIn: string, invited: string) =>
    `U bent ingelogd als ${signedIn}, maar deze uitnodiging is voor ${invited}. Log uit en log in met het uitgenodigde account.`,
  existingAccount: (email: string) =>
    `Er bestaat al een account voor ${email}. Log in met dat account; daarna neemt u de uitnodiging aan zonder nieuw wachtwoord.`,
  loginToAccept: 'Inloggen en de uitnodiging aannemen',
  allWorkspaces: 'Alle werkruimten van het platform',
  notMember: 'u bent geen lid',
  createTitle: 'Nieuwe werkruimte',
  createIntro:
    'Als platformbeheerder maakt u een werkruimte voor een samenwerkingsverband. Daarna nodigt u de eerste beheerder uit op de ledenpagina.',
  name: 'Naam',
  kind: 'Soort samenwerking',
  kinds: {
    dsv: 'Domeinoverstijgend samenwerkingsverband (DSV)',
    'iza-regio': 'IZA-regio',
    'gemeente-team': 'Gemeentelijk team',
    other: 'Anders',
  } as Record<string, string>,
  region: 'Regio',
  regionHint: 'Een regiocode, bijvoorbeeld ZK04 (zorgkantoorregio) of GM0363 (gemeente Amsterdam).',
  create: 'Werkruimte maken',
  created: (name: string) => `Werkruimte ‘${name}’ is gemaakt en staat nu in de lijst.`,
};

export type AccountTexts = typeof nl;

const en: AccountTexts = {
  acceptSignedIn: (email) =>
    `You are signed in as ${email}. You do not need to choose a password: accept the invitation with the button.`,
  otherAccount: (signedIn, invited) =>
    `You are signed in as ${signedIn}, but this invitation is for ${invited}. Sign out and sign in with the invited account.`,
  existingAccount: (email) =>
    `An account for ${email} already exists. Sign in with that account; then you accept the invitation without a new password.`,
  loginToAccept: 'Sign in and accept the invitation',
  allWorkspaces: 'All workspaces of the platform',
  notMember: 'you are not a member',
  createTitle: 'New workspace',
  createIntro:
    'As platform administrator you create a workspace for a collaboration. Then invite its first manager on the members page.',
  name: 'Name',
  kind: 'Kind of collaboration',
  kinds: {
    dsv: 'Cross-domain collaboration (DSV)',
    'iza-regio': 'IZA region',
    'gemeente-team': 'Municipal team',
    other: 'Other',
  },
  region: 'Region',
  regionHint: 'A region code, for example ZK04 (care-office region) or GM0363 (municipality of Amsterdam).',
  create: 'Create workspace',
  created: (name) => `Workspace ‘${name}’ has been created and is now in the list.`,
};

const texts: Record<Lang, AccountTexts> = { nl, en };

export function useAccountTexts(): AccountTexts {
  return texts[useI18n().lang];
}
