// /werkruimte/{id}/leden: the workspace's member organisations, its members with their role and organisation, and
// invitations. The beheerder (or a platform administrator) adds organisations, changes roles, links members to an
// organisation, removes members (after confirming), creates invitation links to pass on and withdraws open ones;
// every other member sees the lists. Everything goes through the workspace API.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type {
  CreatedInvitation,
  InvitationInput,
  Member,
  OpenInvitation,
  Organisation,
  OrganisationInput,
  WorkspaceDetail,
} from '../../workspaces/api.ts';
import { LAWS, ORGANISATION_TYPES, ROLES } from '../../workspaces/roles.ts';
import { FieldSet, FormField, useFieldErrors } from '../components/FormField.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Messages } from '../i18n/nl.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import '../plans/plans.css';
import { TableScroll } from '../components/TableScroll.tsx';
import './account.css';
import { ApiError, getSession, type SessionInfo, send, useFresh } from '../lib/http.ts';

const ORGANISATION_FIELDS = ['name', 'type', 'laws'] as const;
const INVITATION_FIELDS = ['email', 'role', 'organisationId'] as const;

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** An error in words: a refused field is named by its label; a network failure says so. */
export function explain(error: unknown, t: Messages, fields: Record<string, string> = {}): string {
  if (error instanceof ApiError) {
    if (error.unreachable) return t.members.offline;
    const label = error.parameter ? fields[error.parameter] : undefined;
    return label ? t.members.fieldProblem(label, error.fieldMessage) : error.message;
  }
  return (error as Error).message;
}

function Feedback({ message }: { message: Message }) {
  return (
    <div aria-live="polite">
      {message && (
        <div
          className={`utrecht-alert ${message.kind === 'error' ? 'utrecht-alert--error' : 'utrecht-alert--ok'} jp-alert`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p className="utrecht-alert__message">{message.text}</p>
        </div>
      )}
    </div>
  );
}

function useDate() {
  const { lang } = useI18n();
  return (iso: string) =>
    new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
    });
}

export default function MembersPage({ workspaceId }: { workspaceId: string }) {
  const { t, href } = useI18n();
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}`;
  const workspace = useFresh<WorkspaceDetail>(base);
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    getSession().then(setSession);
  }, []);
  useTitle(workspace.data ? `${t.members.title} – ${workspace.data.name}` : t.members.title);

  const manage =
    workspace.data !== undefined &&
    (workspace.data.role === 'beheerder' || session?.account?.platformAdmin === true);
  const invitations = useFresh<OpenInvitation[]>(manage ? `${base}/invitations` : null);

  if (workspace.error && !workspace.data) {
    if (workspace.error instanceof ApiError && workspace.error.status === 401)
      return (
        <div className="jp-page">
          <h1 className="utrecht-heading-1">{t.members.title}</h1>
          <p className="utrecht-paragraph">
            <Link
              href={href('/inloggen', { terug: `/werkruimte/${workspaceId}/leden` })}
              className="utrecht-link"
            >
              {t.account.loginFirst}
            </Link>
          </p>
        </div>
      );
    return <ErrorMessage error={workspace.error} onRetry={workspace.reload} />;
  }
  if (!workspace.data || !session) return <Loading />;
  const ws = workspace.data;
  const reload = () => {
    workspace.reload();
    if (manage) invitations.reload();
  };

  return (
    <div className="jp-page jp-members">
      <p className="jp-pre-heading">{ws.name}</p>
      <h1 className="utrecht-heading-1">{t.members.title}</h1>
      <p className="utrecht-paragraph jp-lead">{t.members.intro}</p>
      {!manage && <p className="utrecht-paragraph jp-muted">{t.members.readOnly}</p>}
      <p className="utrecht-paragraph">
        <Link href={href(`/werkruimte/${workspaceId}/plan`)} className="utrecht-link">
          {t.members.toPlan}
        </Link>
      </p>
      <OrganisationsSection ws={ws} base={base} manage={manage} onChange={reload} />
      <MembersSection ws={ws} base={base} manage={manage} me={session.account?.id} onChange={reload} />
      {manage && (
        <InviteSection
          ws={ws}
          base={base}
          invitations={invitations.data}
          invitationsError={invitations.error}
          onChange={reload}
        />
      )}
    </div>
  );
}

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="utrecht-table utrecht-table--html-table jp-table">
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </TableScroll>
  );
}

interface SectionProps {
  ws: WorkspaceDetail;
  base: string;
  onChange: () => void;
}

function OrganisationsSection({ ws, base, manage, onChange }: SectionProps & { manage: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const { errors, formRef, take, clear } = useFieldErrors(ORGANISATION_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setMessage(null);
    clear();
    try {
      const body: OrganisationInput = {
        name: String(form.get('name') ?? ''),
        type: String(form.get('type') ?? '') as OrganisationInput['type'],
        laws: form.getAll('laws').map(String) as OrganisationInput['laws'],
      };
      const added = await send<Organisation>('POST', `${base}/organisations`, body);
      formElement.reset();
      setMessage({ kind: 'ok', text: t.members.organisationAdded(added.name) });
      onChange();
    } catch (e) {
      if (!take(e)) setMessage({ kind: 'error', text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="jp-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2">
        {t.members.organisationsTitle}
      </h2>
      {ws.organisations.length === 0 ? (
        <p className="utrecht-paragraph">{t.members.noOrganisations}</p>
      ) : (
        <Table
          caption={t.members.organisationsCaption}
          head={[t.members.name, t.members.type, t.members.laws, t.members.linkedMembers]}
        >
          {ws.organisations.map((o) => (
            <tr key={o.id} className="utrecht-table__row" data-organisation={o.id}>
              <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                {o.name}
              </th>
              <td className="utrecht-table__cell">{t.members.organisationTypes[o.type] ?? o.type}</td>
              <td className="utrecht-table__cell">{o.laws.join(', ') || '–'}</td>
              <td className="utrecht-table__cell">
                {ws.members.filter((m) => m.organisationId === o.id).length}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {manage && (
        <>
          <h3 id={`${id}-add`} className="utrecht-heading-3">
            {t.members.addOrganisationTitle}
          </h3>
          <form onSubmit={submit} className="jp-form" aria-labelledby={`${id}-add`} ref={formRef}>
            <FormField label={t.members.organisationName} error={errors.name}>
              {(control) => (
                <input
                  {...control}
                  name="name"
                  required
                  maxLength={200}
                  autoComplete="organization"
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
              )}
            </FormField>
            <FormField label={t.members.type} error={errors.type}>
              {(control) => (
                <select
                  {...control}
                  name="type"
                  required
                  defaultValue=""
                  className="utrecht-select utrecht-select--html-select"
                >
                  <option value="" disabled>
                    {t.members.chooseType}
                  </option>
                  {ORGANISATION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t.members.organisationTypes[type] ?? type}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FieldSet legend={t.members.lawsLegend} hint={t.members.lawsHint} error={errors.laws}>
              {LAWS.map((law) => (
                <label key={law} className="jp-check">
                  <input type="checkbox" name="laws" value={law} /> {t.members.lawNames[law] ?? law}
                </label>
              ))}
            </FieldSet>
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
                {t.members.addOrganisation}
              </button>
            </div>
          </form>
        </>
      )}
      <Feedback message={message} />
    </section>
  );
}

function MembersSection({
  ws,
  base,
  manage,
  me,
  onChange,
}: SectionProps & { manage: boolean; me: string | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const organisationName = (orgId: string | null) =>
    ws.organisations.find((o) => o.id === orgId)?.name ?? t.members.noOrganisation;

  return (
    <section className="jp-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t.members.membersTitle}
      </h2>
      {manage && (
        <p id={`${id}-roles`} className="utrecht-paragraph jp-muted">
          {t.members.roleHint}
        </p>
      )}
      <Table
        caption={t.members.membersCaption}
        head={[
          t.members.email,
          t.members.role,
          t.members.organisation,
          ...(manage ? [t.members.change] : []),
        ]}
      >
        {ws.members.map((m) =>
          manage ? (
            <MemberRow
              key={`${m.accountId}:${m.role}:${m.organisationId}`}
              member={m}
              me={m.accountId === me}
              ws={ws}
              base={base}
              describedBy={`${id}-roles`}
              onSaved={(text) => {
                setMessage({ kind: 'ok', text });
                onChange();
              }}
              onRemoved={(text) => {
                setMessage({ kind: 'ok', text });
                heading.current?.focus();
                onChange();
              }}
              onError={(text) => setMessage({ kind: 'error', text })}
            />
          ) : (
            <tr key={m.accountId} className="utrecht-table__row" data-member={m.email}>
              <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                {m.email} {m.accountId === me && t.members.you}
              </th>
              <td className="utrecht-table__cell">{t.account.roleLabel(m.role)}</td>
              <td className="utrecht-table__cell">{organisationName(m.organisationId)}</td>
            </tr>
          ),
        )}
      </Table>
      <Feedback message={message} />
    </section>
  );
}

function MemberRow({
  member,
  me,
  ws,
  base,
  describedBy,
  onSaved,
  onRemoved,
  onError,
}: {
  member: Member;
  me: boolean;
  ws: WorkspaceDetail;
  base: string;
  describedBy: string;
  onSaved: (message: string) => void;
  onRemoved: (message: string) => void;
  onError: (message: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [role, setRole] = useState(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisationId ?? '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const url = `${base}/members/${encodeURIComponent(member.accountId)}`;
  const fields = {
    role: t.members.roleOf(member.email),
    organisationId: t.members.organisationOf(member.email),
  };

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const save = async () => {
    setBusy(true);
    try {
      await send('PUT', url, { role, organisationId: organisationId || null });
      onSaved(t.members.memberSaved(member.email));
    } catch (e) {
      // Refused: the row shows what is stored again, next to the reason.
      setRole(member.role);
      setOrganisationId(member.organisationId ?? '');
      onError(explain(e, t, fields));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await send('DELETE', url);
      onRemoved(t.members.memberRemoved(member.email));
    } catch (e) {
      setConfirming(false);
      removeButton.current?.focus();
      onError(explain(e, t, fields));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setConfirming(false);
    // After the confirmation closes, back to the button that opened it.
    window.setTimeout(() => removeButton.current?.focus(), 0);
  };

  return (
    <tr className="utrecht-table__row" data-member={member.email}>
      <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
        {member.email} {me && t.members.you}
      </th>
      <td className="utrecht-table__cell">
        <label htmlFor={`${id}-role`} className="jp-visually-hidden">
          {t.members.roleOf(member.email)}
        </label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          aria-describedby={describedBy}
          className="utrecht-select utrecht-select--html-select"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.account.roleLabel(r)}
            </option>
          ))}
        </select>
      </td>
      <td className="utrecht-table__cell">
        <label htmlFor={`${id}-organisation`} className="jp-visually-hidden">
          {t.members.organisationOf(member.email)}
        </label>
        <select
          id={`${id}-organisation`}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          className="utrecht-select utrecht-select--html-select"
        >
          <option value="">{t.members.noOrganisation}</option>
          {ws.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </td>
      <td className="utrecht-table__cell">
        {confirming ? (
          <div className="jp-confirm">
            <p id={`${id}-confirm`} className="utrecht-paragraph">
              {t.members.confirmRemove(member.email)}
            </p>
            <div className="jp-inline-buttons">
              <button
                ref={confirmButton}
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                aria-describedby={`${id}-confirm`}
                disabled={busy}
                onClick={remove}
              >
                {t.members.confirmYes}
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={cancel}
              >
                {t.members.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div className="jp-inline-buttons">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={save}
            >
              {t.members.save}
              <span className="jp-visually-hidden"> {t.members.saveFor(member.email)}</span>
            </button>
            <button
              ref={removeButton}
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t.members.remove}
              <span className="jp-visually-hidden"> {t.members.removeFor(member.email)}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

function InviteSection({
  ws,
  base,
  invitations,
  invitationsError,
  onChange,
}: SectionProps & { invitations: OpenInvitation[] | undefined; invitationsError: Error | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const date = useDate();
  const [message, setMessage] = useState<Message>(null);
  const [listMessage, setListMessage] = useState<Message>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [busy, setBusy] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { errors, formRef, take, clear } = useFieldErrors(INVITATION_FIELDS);
  const organisationName = (orgId: string | null) =>
    ws.organisations.find((o) => o.id === orgId)?.name ?? t.members.noOrganisation;
  const absolute = (link: string) => `${window.location.origin}${link}`;

  useEffect(() => {
    if (created) {
      linkField.current?.focus();
      linkField.current?.select();
    }
  }, [created]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setMessage(null);
    setCreated(null);
    clear();
    try {
      const organisationId = String(form.get('organisationId') ?? '');
      const body: InvitationInput = {
        email: String(form.get('email') ?? ''),
        role: String(form.get('role') ?? '') as InvitationInput['role'],
        ...(organisationId ? { organisationId } : {}),
      };
      const answer = await send<CreatedInvitation>('POST', `${base}/invitations`, body);
      formElement.reset();
      setCreated(answer);
      onChange();
    } catch (e) {
      if (!take(e)) setMessage({ kind: 'error', text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(absolute(created.link));
      setMessage({ kind: 'ok', text: t.members.copied });
    } catch {
      linkField.current?.focus();
      linkField.current?.select();
      setMessage({ kind: 'error', text: t.members.copyFailed });
    }
  };

  const withdraw = async (invitation: OpenInvitation) => {
    try {
      await send('DELETE', `${base}/invitations/${encodeURIComponent(invitation.id)}`);
      if (created?.id === invitation.id) setCreated(null);
      setListMessage({ kind: 'ok', text: t.members.withdrawn(invitation.email) });
      listHeading.current?.focus();
      onChange();
    } catch (e) {
      setListMessage({ kind: 'error', text: explain(e, t) });
    }
  };

  return (
    <section className="jp-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2">
        {t.members.inviteTitle}
      </h2>
      <p className="utrecht-paragraph">{t.members.inviteIntro}</p>
      <form onSubmit={submit} className="jp-form" aria-labelledby={`${id}-title`} ref={formRef}>
        <FormField label={t.members.email} error={errors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <FormField label={t.members.role} hint={t.members.roleHint} error={errors.role}>
          {(control) => (
            <select
              {...control}
              name="role"
              defaultValue="partner"
              className="utrecht-select utrecht-select--html-select"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.account.roleLabel(r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t.members.organisation}
          hint={t.members.organisationHint}
          error={errors.organisationId}
        >
          {(control) => (
            <select
              {...control}
              name="organisationId"
              defaultValue=""
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t.members.noOrganisation}</option>
              {ws.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {t.members.invite}
          </button>
        </div>
      </form>
      {created && (
        <div className="jp-invitation-link" data-invitation-link>
          <h3 className="utrecht-heading-3">{t.members.linkTitle(created.email)}</h3>
          <p id={`${id}-link-text`} className="utrecht-paragraph">
            {t.members.linkText(created.email, date(created.expiresAt))}
          </p>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-link`}>
              {t.members.linkLabel}
            </label>
            <input
              ref={linkField}
              id={`${id}-link`}
              readOnly
              value={absolute(created.link)}
              aria-describedby={`${id}-link-text`}
              onFocus={(e) => e.currentTarget.select()}
              className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly jp-link-field"
            />
          </div>
          <p>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>
              {t.members.copy}
            </button>
          </p>
        </div>
      )}
      <Feedback message={message} />

      <h3 ref={listHeading} tabIndex={-1} className="utrecht-heading-3">
        {t.members.invitationsTitle}
      </h3>
      {invitationsError && !invitations && <ErrorMessage error={invitationsError} />}
      {!invitations && !invitationsError && <Loading />}
      {invitations &&
        (invitations.length === 0 ? (
          <p className="utrecht-paragraph">{t.members.noInvitations}</p>
        ) : (
          <Table
            caption={t.members.invitationsCaption}
            head={[
              t.members.email,
              t.members.role,
              t.members.organisation,
              t.members.validUntil,
              t.members.invitedBy,
              t.members.change,
            ]}
          >
            {invitations.map((i) => (
              <tr key={i.id} className="utrecht-table__row" data-invitation={i.email}>
                <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                  {i.email}
                </th>
                <td className="utrecht-table__cell">{t.account.roleLabel(i.role)}</td>
                <td className="utrecht-table__cell">{organisationName(i.organisationId)}</td>
                <td className="utrecht-table__cell">{date(i.expiresAt)}</td>
                <td className="utrecht-table__cell">{i.invitedBy ?? '–'}</td>
                <td className="utrecht-table__cell">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={() => withdraw(i)}
                  >
                    {t.members.withdraw}
                    <span className="jp-visually-hidden"> {t.members.withdrawFor(i.email)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        ))}
      <Feedback message={listMessage} />
    </section>
  );
}
