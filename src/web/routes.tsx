// Every page of the app, once. `pageRoutes` (path, title, parameter kinds) is what the browser accessibility test
// walks; the router tree is derived from the same list, so a page cannot exist without being listed.
// The shell (start, login, about, errors) is imported here; every other page is loaded when first visited
// (`lazy`), and vite.config.ts bundles the pages of one module folder into one chunk (ADR 018). Handles (title,
// breadcrumbs, public) stay here, so they are known before a page's code arrives.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from './components/loading.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { loadLazyTexts } from './i18n/catalogs.ts';
import { ancestorsOf, type PageRoute, type RouteHandle } from './route-meta.ts';
import { AboutPage } from './pages/about-page.tsx';
import { LoginFailedPage } from './pages/auth/login-failed-page.tsx';
import { LoginPage } from './pages/auth/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';
import { StartPage } from './pages/start-page.tsx';

/** A page of the shell (`Component`, in the first bundle) or of a module (`lazy`, fetched on first visit). */
type PageDefinition = PageRoute & { public?: true } & ({ Component: ComponentType } | { lazy: () => Promise<ComponentType> });

/** A module page whose texts load with it (catalogs.ts, loadLazyTexts): both before the page renders. */
const withLazyTexts = <M,>(page: Promise<M>): Promise<M> => Promise.all([loadLazyTexts(), page]).then(([, m]) => m);

const PAGES: readonly PageDefinition[] = [
  { path: '/', title: 'page.start', Component: StartPage },
  { path: '/logg-inn', title: 'page.login', Component: LoginPage, public: true },
  { path: '/innlogging-feilet', title: 'page.loginFailed', Component: LoginFailedPage, public: true },
  { path: '/om', title: 'page.about', Component: AboutPage, public: true },
  { path: '/om/tilgjengelighet', title: 'page.accessibility', lazy: () => import('./pages/about/accessibility-statement-page.tsx').then((m) => m.AccessibilityStatementPage), public: true },
  { path: '/om/personvern', title: 'page.privacy', lazy: () => import('./pages/about/privacy-notice-page.tsx').then((m) => m.PrivacyNoticePage), public: true },
  { path: '/api-dokumentasjon', title: 'page.apiDocs', lazy: () => import('./pages/platform/api-docs-page.tsx').then((m) => m.ApiDocsPage), public: true },

  { path: '/organisasjoner', title: 'page.organisations', lazy: () => import('./pages/organisations/organisation-list-page.tsx').then((m) => m.OrganisationListPage) },
  { path: '/organisasjoner/ny', title: 'page.organisationNew', lazy: () => import('./pages/organisations/organisation-edit-page.tsx').then((m) => m.OrganisationNewPage) },
  { path: '/organisasjoner/:id', title: 'page.organisation', params: { id: 'organisation' }, lazy: () => import('./pages/organisations/organisation-detail-page.tsx').then((m) => m.OrganisationDetailPage) },
  { path: '/organisasjoner/:id/rediger', title: 'page.organisationEdit', params: { id: 'organisation' }, lazy: () => import('./pages/organisations/organisation-edit-page.tsx').then((m) => m.OrganisationEditPage) },

  { path: '/personer', title: 'page.people', lazy: () => import('./pages/people/person-list-page.tsx').then((m) => m.PersonListPage) },
  { path: '/personer/ny', title: 'page.personNew', lazy: () => import('./pages/people/person-edit-page.tsx').then((m) => m.PersonNewPage) },
  { path: '/personer/:id', title: 'page.person', params: { id: 'person' }, lazy: () => import('./pages/people/person-detail-page.tsx').then((m) => m.PersonDetailPage) },
  { path: '/personer/:id/rediger', title: 'page.personEdit', params: { id: 'person' }, lazy: () => import('./pages/people/person-edit-page.tsx').then((m) => m.PersonEditPage) },

  { path: '/regioner', title: 'page.regions', lazy: () => import('./pages/regions/region-list-page.tsx').then((m) => m.RegionListPage) },
  { path: '/regioner/ny', title: 'page.regionNew', lazy: () => import('./pages/regions/region-edit-page.tsx').then((m) => m.RegionNewPage) },
  { path: '/regioner/:id', title: 'page.region', params: { id: 'region' }, lazy: () => import('./pages/regions/region-detail-page.tsx').then((m) => m.RegionDetailPage) },
  { path: '/regioner/:id/rediger', title: 'page.regionEdit', params: { id: 'region' }, lazy: () => import('./pages/regions/region-edit-page.tsx').then((m) => m.RegionEditPage) },

  { path: '/partnerskap', title: 'page.partnerships', lazy: () => import('./pages/partnerships/partnership-list-page.tsx').then((m) => m.PartnershipListPage) },
  { path: '/partnerskap/ny', title: 'page.partnershipNew', lazy: () => import('./pages/partnerships/partnership-edit-page.tsx').then((m) => m.PartnershipNewPage) },
  { path: '/partnerskap/:id', title: 'page.partnership', params: { id: 'partnership' }, lazy: () => import('./pages/partnerships/partnership-detail-page.tsx').then((m) => m.PartnershipDetailPage) },
  { path: '/partnerskap/:id/rediger', title: 'page.partnershipEdit', params: { id: 'partnership' }, lazy: () => import('./pages/partnerships/partnership-edit-page.tsx').then((m) => m.PartnershipEditPage) },
  { path: '/partnerskap/:id/redaktorer', title: 'page.partnershipEditors', params: { id: 'partnership' }, lazy: () => import('./pages/partnerships/partnership-editors-page.tsx').then((m) => m.PartnershipEditorsPage) },

  { path: '/behovsmeldinger', title: 'page.bmList', lazy: () => import('./pages/behovsmelding/application/application-list-page.tsx').then((m) => m.ApplicationListPage) },
  { path: '/behovsmeldinger/ny', title: 'page.bmNew', lazy: () => import('./pages/behovsmelding/application/new-application-page.tsx').then((m) => m.NewApplicationPage) },
  { path: '/behovsmeldinger/:id', title: 'page.bmApplication', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/application-overview-page.tsx').then((m) => m.ApplicationOverviewPage) },
  { path: '/behovsmeldinger/:id/seksjon-1', title: 'page.bmSection1', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section1Page) },
  { path: '/behovsmeldinger/:id/seksjon-2', title: 'page.bmSection2', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section2Page) },
  { path: '/behovsmeldinger/:id/seksjon-3', title: 'page.bmSection3', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section3Page) },
  { path: '/behovsmeldinger/:id/seksjon-4', title: 'page.bmSection4', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section4Page) },
  { path: '/behovsmeldinger/:id/seksjon-5', title: 'page.bmSection5', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section5Page) },
  { path: '/behovsmeldinger/:id/seksjon-6', title: 'page.bmSection6', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/section-pages.tsx').then((m) => m.Section6Page) },
  { path: '/behovsmeldinger/:id/vedlegg', title: 'page.bmAttachments', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/attachments-page.tsx').then((m) => m.AttachmentsPage) },
  { path: '/behovsmeldinger/:id/oppsummering', title: 'page.bmSummary', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/summary-page.tsx').then((m) => m.SummaryPage) },
  { path: '/behovsmeldinger/:id/kvittering', title: 'page.bmReceipt', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/receipt-page.tsx').then((m) => m.ReceiptPage) },
  { path: '/behovsmeldinger/:id/historikk', title: 'page.bmHistory', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/application/history-page.tsx').then((m) => m.HistoryPage) },

  { path: '/referanse', title: 'page.reference', lazy: () => import('./pages/reference/reference-page.tsx').then((m) => m.ReferencePage) },
  { path: '/referanse/fylker', title: 'page.counties', lazy: () => import('./pages/reference/county-list-page.tsx').then((m) => m.CountyListPage) },
  { path: '/referanse/kommuner', title: 'page.municipalities', lazy: () => import('./pages/reference/municipality-list-page.tsx').then((m) => m.MunicipalityListPage) },
  { path: '/referanse/embeter', title: 'page.offices', lazy: () => import('./pages/reference/office-list-page.tsx').then((m) => m.OfficeListPage) },
  { path: '/referanse/ordninger', title: 'page.schemes', lazy: () => import('./pages/reference/scheme-list-page.tsx').then((m) => m.SchemeListPage) },
  { path: '/referanse/ordninger/:id', title: 'page.scheme', params: { id: 'scheme' }, lazy: () => import('./pages/reference/scheme-page.tsx').then((m) => m.SchemePage) },

  { path: '/utlysninger', title: 'page.rounds', lazy: () => import('./pages/behovsmelding/rounds/round-list-page.tsx').then((m) => m.RoundListPage) },
  { path: '/utlysninger/ny', title: 'page.roundNew', lazy: () => import('./pages/behovsmelding/rounds/round-edit-page.tsx').then((m) => m.RoundNewPage) },
  { path: '/utlysninger/:id', title: 'page.round', params: { id: 'round' }, lazy: () => import('./pages/behovsmelding/rounds/round-detail-page.tsx').then((m) => m.RoundDetailPage) },
  { path: '/utlysninger/:id/rediger', title: 'page.roundEdit', params: { id: 'round' }, lazy: () => import('./pages/behovsmelding/rounds/round-edit-page.tsx').then((m) => m.RoundEditPage) },
  { path: '/behovsmeldinger/:id/returner', title: 'page.roundReturn', params: { id: 'application' }, lazy: () => import('./pages/behovsmelding/rounds/return-application-page.tsx').then((m) => m.ReturnApplicationPage) },

  { path: '/forum', title: 'page.forum', lazy: () => withLazyTexts(import('./pages/forum/forum-page.tsx')).then((m) => m.ForumPage) },
  { path: '/forum/medlemmer', title: 'page.forumMembers', lazy: () => withLazyTexts(import('./pages/forum/members-page.tsx')).then((m) => m.MembersPage) },
  { path: '/forum/moter', title: 'page.forumMeetings', lazy: () => withLazyTexts(import('./pages/forum/meetings-page.tsx')).then((m) => m.MeetingsPage) },
  { path: '/forum/moter/:id', title: 'page.forumMeeting', params: { id: 'forumMeeting' }, lazy: () => withLazyTexts(import('./pages/forum/meeting-page.tsx')).then((m) => m.MeetingPage) },
  { path: '/forum/rammer', title: 'page.forumFrames', lazy: () => withLazyTexts(import('./pages/forum/frames-page.tsx')).then((m) => m.FramesPage) },
  { path: '/forum/saker/:itemId', title: 'page.forumItem', params: { itemId: 'forumItem' }, lazy: () => withLazyTexts(import('./pages/forum/item-page.tsx')).then((m) => m.ForumItemPage) },
  { path: '/forum/utlysninger/:roundId/kriterier', title: 'page.forumCriteria', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/forum/criteria-page.tsx')).then((m) => m.CriteriaPage) },
  { path: '/forum/utlysninger/:roundId/fordeling', title: 'page.forumAllocation', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/forum/allocation-page.tsx')).then((m) => m.AllocationPage) },
  { path: '/forum/utlysninger/:roundId/fordeling/sammenlign', title: 'page.forumAllocationCompare', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/forum/allocation-compare-page.tsx')).then((m) => m.AllocationComparePage) },
  { path: '/forum/utlysninger/:roundId/innstilling', title: 'page.forumInnstilling', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/forum/innstilling-page.tsx')).then((m) => m.InnstillingPage) },
  { path: '/tilsagn', title: 'page.tilsagn', lazy: () => withLazyTexts(import('./pages/tilsagn/overview-page.tsx')).then((m) => m.TilsagnOverviewPage) },
  { path: '/tilsagn/utlysninger/:roundId', title: 'page.tilsagnRound', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/tilsagn/round-page.tsx')).then((m) => m.TilsagnRoundPage) },
  { path: '/tilsagn/innstillinger', title: 'page.tilsagnSettings', lazy: () => withLazyTexts(import('./pages/tilsagn/settings-page.tsx')).then((m) => m.TilsagnSettingsPage) },
  { path: '/tilsagn/brevmaler', title: 'page.tilsagnTemplates', lazy: () => withLazyTexts(import('./pages/tilsagn/templates-page.tsx')).then((m) => m.TilsagnTemplatesPage) },
  { path: '/tilsagn/vedtak/:id', title: 'page.tilsagnVedtak', params: { id: 'vedtak' }, lazy: () => withLazyTexts(import('./pages/tilsagn/vedtak-page.tsx')).then((m) => m.VedtakPage) },
  { path: '/tilsagn/klager/:id', title: 'page.tilsagnKlage', params: { id: 'klage' }, lazy: () => withLazyTexts(import('./pages/tilsagn/klage-page.tsx')).then((m) => m.KlagePage) },
  { path: '/utbetaling', title: 'page.utbetaling', lazy: () => withLazyTexts(import('./pages/utbetaling/overview-page.tsx')).then((m) => m.UtbetalingOverviewPage) },
  { path: '/utbetaling/utlysninger/:roundId', title: 'page.utbetalingRound', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/utbetaling/round-page.tsx')).then((m) => m.UtbetalingRoundPage) },
  { path: '/utbetaling/bunter/:batchId', title: 'page.utbetalingBatch', params: { batchId: 'paymentBatch' }, lazy: () => withLazyTexts(import('./pages/utbetaling/batch-page.tsx')).then((m) => m.UtbetalingBatchPage) },
  { path: '/utbetaling/kontoendringer', title: 'page.utbetalingAccountChanges', lazy: () => withLazyTexts(import('./pages/utbetaling/account-changes-page.tsx')).then((m) => m.AccountChangesPage) },
  { path: '/utbetaling/innstillinger', title: 'page.utbetalingSettings', lazy: () => withLazyTexts(import('./pages/utbetaling/settings-page.tsx')).then((m) => m.UtbetalingSettingsPage) },
  { path: '/utbetaling/partnerskap/:partnershipId', title: 'page.utbetalingPartnership', params: { partnershipId: 'partnership' }, lazy: () => withLazyTexts(import('./pages/utbetaling/partnership-page.tsx')).then((m) => m.PartnershipMoneyPage) },
  { path: '/utbetaling/ubrukte/:unusedId', title: 'page.utbetalingUnused', params: { unusedId: 'unusedFunds' }, lazy: () => withLazyTexts(import('./pages/utbetaling/unused-page.tsx')).then((m) => m.UnusedFundsPage) },
  { path: '/arkiv/utlysninger/:roundId', title: 'page.arkivRound', params: { roundId: 'round' }, lazy: () => withLazyTexts(import('./pages/arkiv/round-page.tsx')).then((m) => m.ArkivRoundPage) },

  { path: '/kartlegging/:questionnaireId', title: 'page.qAnonymous', params: { questionnaireId: 'anonymousQuestionnaire' }, lazy: () => import('./pages/questionnaire/anonymous-answer-page.tsx').then((m) => m.AnonymousAnswerPage), public: true },
  { path: '/kartlegging/:questionnaireId/takk', title: 'page.qThanks', params: { questionnaireId: 'anonymousQuestionnaire' }, lazy: () => import('./pages/questionnaire/thank-you-page.tsx').then((m) => m.ThankYouPage), public: true },
  { path: '/skjema', title: 'page.qMine', lazy: () => import('./pages/questionnaire/my-responses-page.tsx').then((m) => m.MyResponsesPage) },
  { path: '/skjema/ny/:questionnaireId', title: 'page.qStart', params: { questionnaireId: 'questionnaire' }, lazy: () => import('./pages/questionnaire/start-response-page.tsx').then((m) => m.StartResponsePage) },
  { path: '/skjema/:responseId', title: 'page.qResponse', params: { responseId: 'questionnaireResponse' }, lazy: () => import('./pages/questionnaire/response-page.tsx').then((m) => m.ResponsePage) },
  { path: '/skjema/:responseId/historikk', title: 'page.qHistory', params: { responseId: 'questionnaireResponse' }, lazy: () => import('./pages/questionnaire/history-page.tsx').then((m) => m.ResponseHistoryPage) },

  { path: '/admin/revisjonslogg', title: 'page.audit', lazy: () => import('./pages/admin/audit-log-page.tsx').then((m) => m.AuditLogPage) },
  { path: '/admin/brukere', title: 'page.users', lazy: () => import('./pages/admin/user-list-page.tsx').then((m) => m.UserListPage) },
  { path: '/admin/invitasjoner', title: 'page.invitations', lazy: () => import('./pages/admin/invitation-list-page.tsx').then((m) => m.InvitationListPage) },
  { path: '/admin/utboks', title: 'page.outbox', lazy: () => import('./pages/admin/outbox-page.tsx').then((m) => m.OutboxPage) },
  { path: '/inviter', title: 'page.invite', lazy: () => import('./pages/admin/invite-page.tsx').then((m) => m.InvitePage) },
];

/** Every page with its metadata; the accessibility test visits each one, filling params from seeded data. */
export const pageRoutes: { path: string; title: PageRoute['title']; params?: PageRoute['params'] }[] = PAGES.map(({ path, title, params }) =>
  params ? { path, title, params } : { path, title },
);

function handleOf(page: PageDefinition): RouteHandle {
  return { page: { path: page.path, title: page.title }, crumbs: ancestorsOf(page.path, PAGES), public: page.public ?? false };
}

function routeOf(page: PageDefinition): RouteObject {
  const handle = handleOf(page);
  if ('Component' in page) return { path: page.path, Component: page.Component, handle };
  const load = page.lazy;
  return { path: page.path, lazy: async () => ({ Component: await load() }), handle };
}

const notFoundHandle: RouteHandle = { page: { path: '*', title: 'page.notFound' }, crumbs: [{ path: '/', title: 'page.start' }], public: true };

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        // Shown inside the layout while the first page's chunk loads (a deep link to a lazy page).
        hydrateFallbackElement: <Loading />,
        children: [
          ...PAGES.map(routeOf),
          { path: '*', Component: NotFoundPage, handle: notFoundHandle },
        ],
      },
    ],
  },
];
