// The DSV definition (seed 001 §2.3): three or more organisations, with activities in at least two of the three
// domains (social: Wmo/Jeugdwet/Wpg; long-term care: Wlz; insured care: Zvw). A collaboration that fails is saved
// anyway (as a draft of the register) and shown with the reasons. Warnings are what the syntheses advise on
// (seed 002 §1.7, §1.9, §6.3 A/E): no residents, clients or patients represented; shared self-governance in a network
// of more than 8 organisations. Pure.
import type { Text } from '../indicators/schema.ts';
import type { CollaborationInput, Partner } from './schemas.ts';
import { DOMAIN_LABELS, DOMAIN_OF_LAW, DOMAINS, type Domain, REPRESENTATIVE_TYPES } from './vocabulary.ts';

export const MIN_ORGANISATIONS = 3;
export const MIN_DOMAINS = 2;
/** Above this many organisations, shared self-governance becomes inefficient (seed 001 §5.7: 78 % have more). */
export const SELF_GOVERNANCE_MAX = 8;

export interface CheckMessage {
  code: string;
  text: Text;
}

export interface DefinitionCheck {
  /** true: meets the DSV definition */
  passes: boolean;
  organisations: number;
  domains: Domain[];
  reasons: CheckMessage[];
  warnings: CheckMessage[];
}

const domainList = (domains: readonly Domain[], lang: 'nl' | 'en') =>
  domains.map((d) => DOMAIN_LABELS[d][lang]).join(lang === 'nl' ? ' en ' : ' and ');

/** The domains the partners' activities are in, from the laws they work under, in the order of DOMAINS. */
export function domainsOf(partners: readonly Pick<Partner, 'laws'>[]): Domain[] {
  const found = new Set(partners.flatMap((p) => p.laws.map((law) => DOMAIN_OF_LAW[law])));
  return DOMAINS.filter((d) => found.has(d));
}

export function checkDefinition(
  collaboration: Pick<CollaborationInput, 'partners' | 'governance' | 'participation'>,
): DefinitionCheck {
  const organisations = collaboration.partners.length;
  const domains = domainsOf(collaboration.partners);
  const reasons: CheckMessage[] = [];
  const warnings: CheckMessage[] = [];
  if (organisations < MIN_ORGANISATIONS) {
    reasons.push({
      code: 'too-few-organisations',
      text: {
        nl: `Er ${organisations === 1 ? 'doet 1 organisatie' : `doen ${organisations} organisaties`} mee; een DSV heeft er minstens ${MIN_ORGANISATIONS}.`,
        en: `${organisations} organisation${organisations === 1 ? '' : 's'} take${organisations === 1 ? 's' : ''} part; a DSV has at least ${MIN_ORGANISATIONS}.`,
      },
    });
  }
  if (domains.length < MIN_DOMAINS) {
    reasons.push({
      code: domains.length === 0 ? 'no-domain' : 'one-domain',
      text:
        domains.length === 0
          ? {
              nl: 'Bij geen enkele partner staat een wet (Zvw, Wlz, Wmo, Jeugdwet, Wpg); een DSV is actief in minstens twee van de drie domeinen.',
              en: 'No partner names a law (Zvw, Wlz, Wmo, Jeugdwet, Wpg); a DSV is active in at least two of the three domains.',
            }
          : {
              nl: `Alleen actief in één domein: ${domainList(domains, 'nl')}; een DSV is actief in minstens twee van de drie domeinen.`,
              en: `Active in one domain only: ${domainList(domains, 'en')}; a DSV is active in at least two of the three domains.`,
            },
    });
  }
  const represented =
    collaboration.partners.some((p) => REPRESENTATIVE_TYPES.includes(p.type)) ||
    collaboration.participation.inBoard.length > 0;
  if (!represented) {
    warnings.push({
      code: 'no-residents',
      text: {
        nl: 'Inwoners, cliënten of patiënten zijn niet vertegenwoordigd (geen inwoner-, cliënten- of patiëntenorganisatie en geen zetel in bestuur of stuurgroep).',
        en: 'Residents, clients or patients are not represented (no such organisation and no seat in the board or steering group).',
      },
    });
  }
  if (collaboration.governance === 'gezamenlijk' && organisations > SELF_GOVERNANCE_MAX) {
    warnings.push({
      code: 'self-governance-large',
      text: {
        nl: `Gezamenlijke zelfaansturing met ${organisations} organisaties: dat past vooral bij kleine netwerken (tot ${SELF_GOVERNANCE_MAX}). Overweeg een leidende organisatie of een onafhankelijke organisatie.`,
        en: `Shared self-governance with ${organisations} organisations: it suits small networks (up to ${SELF_GOVERNANCE_MAX}). Consider a lead organisation or an independent organisation.`,
      },
    });
  }
  return { passes: reasons.length === 0, organisations, domains, reasons, warnings };
}
