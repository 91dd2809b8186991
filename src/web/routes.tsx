// Every page of the app, once. `pageRoutes` (path, title, parameter kinds) is what the browser accessibility test
// walks; the router tree is derived from the same list, so a page cannot exist without being listed.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout.tsx';
import { ancestorsOf, type PageRoute, type RouteHandle } from './route-meta.ts';
import { AboutPage } from './pages/about-page.tsx';
import { LoginFailedPage } from './pages/auth/login-failed-page.tsx';
import { LoginPage } from './pages/auth/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { OrganisationDetailPage } from './pages/organisations/organisation-detail-page.tsx';
import { OrganisationEditPage, OrganisationNewPage } from './pages/organisations/organisation-edit-page.tsx';
import { OrganisationListPage } from './pages/organisations/organisation-list-page.tsx';
import { PersonDetailPage } from './pages/people/person-detail-page.tsx';
import { PersonEditPage, PersonNewPage } from './pages/people/person-edit-page.tsx';
import { PersonListPage } from './pages/people/person-list-page.tsx';
import { RegionDetailPage } from './pages/regions/region-detail-page.tsx';
import { RegionEditPage, RegionNewPage } from './pages/regions/region-edit-page.tsx';
import { RegionListPage } from './pages/regions/region-list-page.tsx';
import { PartnershipDetailPage } from './pages/partnerships/partnership-detail-page.tsx';
import { PartnershipEditPage, PartnershipNewPage } from './pages/partnerships/partnership-edit-page.tsx';
import { PartnershipEditorsPage } from './pages/partnerships/partnership-editors-page.tsx';
import { PartnershipListPage } from './pages/partnerships/partnership-list-page.tsx';
import { ApplicationListPage } from './pages/behovsmelding/application/application-list-page.tsx';
import { NewApplicationPage } from './pages/behovsmelding/application/new-application-page.tsx';
import { ApplicationOverviewPage } from './pages/behovsmelding/application/application-overview-page.tsx';
import { Section1Page, Section2Page, Section3Page, Section4Page, Section5Page, Section6Page } from './pages/behovsmelding/application/section-pages.tsx';
import { AttachmentsPage } from './pages/behovsmelding/application/attachments-page.tsx';
import { SummaryPage } from './pages/behovsmelding/application/summary-page.tsx';
import { ReceiptPage } from './pages/behovsmelding/application/receipt-page.tsx';
import { HistoryPage } from './pages/behovsmelding/application/history-page.tsx';
import { CountyListPage } from './pages/reference/county-list-page.tsx';
import { MunicipalityListPage } from './pages/reference/municipality-list-page.tsx';
import { OfficeListPage } from './pages/reference/office-list-page.tsx';
import { ReferencePage } from './pages/reference/reference-page.tsx';
import { SchemeListPage } from './pages/reference/scheme-list-page.tsx';
import { SchemePage } from './pages/reference/scheme-page.tsx';
import { RoundDetailPage } from './pages/behovsmelding/rounds/round-detail-page.tsx';
import { RoundEditPage, RoundNewPage } from './pages/behovsmelding/rounds/round-edit-page.tsx';
import { RoundListPage } from './pages/behovsmelding/rounds/round-list-page.tsx';
import { ReturnApplicationPage } from './pages/behovsmelding/rounds/return-application-page.tsx';
import { AuditLogPage } from './pages/admin/audit-log-page.tsx';
import { InvitationListPage } from './pages/admin/invitation-list-page.tsx';
import { InvitePage } from './pages/admin/invite-page.tsx';
import { OutboxPage } from './pages/admin/outbox-page.tsx';
import { UserListPage } from './pages/admin/user-list-page.tsx';

type PageDefinition = PageRoute & { Component: ComponentType; public?: true };


const PAGES: readonly PageDefinition[] = [
  { path: '/', title: 'page.start', Component: StartPage },
  { path: '/logg-inn', title: 'page.login', Component: LoginPage, public: true },
  { path: '/innlogging-feilet', title: 'page.loginFailed', Component: LoginFailedPage, public: true },
  { path: '/om', title: 'page.about', Component: AboutPage, public: true },

  { path: '/organisasjoner', title: 'page.organisations', Component: OrganisationListPage },
  { path: '/organisasjoner/ny', title: 'page.organisationNew', Component: OrganisationNewPage },
  { path: '/organisasjoner/:id', title: 'page.organisation', params: { id: 'organisation' }, Component: OrganisationDetailPage },
  { path: '/organisasjoner/:id/rediger', title: 'page.organisationEdit', params: { id: 'organisation' }, Component: OrganisationEditPage },

  { path: '/personer', title: 'page.people', Component: PersonListPage },
  { path: '/personer/ny', title: 'page.personNew', Component: PersonNewPage },
  { path: '/personer/:id', title: 'page.person', params: { id: 'person' }, Component: PersonDetailPage },
  { path: '/personer/:id/rediger', title: 'page.personEdit', params: { id: 'person' }, Component: PersonEditPage },

  { path: '/regioner', title: 'page.regions', Component: RegionListPage },
  { path: '/regioner/ny', title: 'page.regionNew', Component: RegionNewPage },
  { path: '/regioner/:id', title: 'page.region', params: { id: 'region' }, Component: RegionDetailPage },
  { path: '/regioner/:id/rediger', title: 'page.regionEdit', params: { id: 'region' }, Component: RegionEditPage },

  { path: '/partnerskap', title: 'page.partnerships', Component: PartnershipListPage },
  { path: '/partnerskap/ny', title: 'page.partnershipNew', Component: PartnershipNewPage },
  { path: '/partnerskap/:id', title: 'page.partnership', params: { id: 'partnership' }, Component: PartnershipDetailPage },
  { path: '/partnerskap/:id/rediger', title: 'page.partnershipEdit', params: { id: 'partnership' }, Component: PartnershipEditPage },
  { path: '/partnerskap/:id/redaktorer', title: 'page.partnershipEditors', params: { id: 'partnership' }, Component: PartnershipEditorsPage },

  { path: '/behovsmeldinger', title: 'page.bmList', Component: ApplicationListPage },
  { path: '/behovsmeldinger/ny', title: 'page.bmNew', Component: NewApplicationPage },
  { path: '/behovsmeldinger/:id', title: 'page.bmApplication', params: { id: 'application' }, Component: ApplicationOverviewPage },
  { path: '/behovsmeldinger/:id/seksjon-1', title: 'page.bmSection1', params: { id: 'application' }, Component: Section1Page },
  { path: '/behovsmeldinger/:id/seksjon-2', title: 'page.bmSection2', params: { id: 'application' }, Component: Section2Page },
  { path: '/behovsmeldinger/:id/seksjon-3', title: 'page.bmSection3', params: { id: 'application' }, Component: Section3Page },
  { path: '/behovsmeldinger/:id/seksjon-4', title: 'page.bmSection4', params: { id: 'application' }, Component: Section4Page },
  { path: '/behovsmeldinger/:id/seksjon-5', title: 'page.bmSection5', params: { id: 'application' }, Component: Section5Page },
  { path: '/behovsmeldinger/:id/seksjon-6', title: 'page.bmSection6', params: { id: 'application' }, Component: Section6Page },
  { path: '/behovsmeldinger/:id/vedlegg', title: 'page.bmAttachments', params: { id: 'application' }, Component: AttachmentsPage },
  { path: '/behovsmeldinger/:id/oppsummering', title: 'page.bmSummary', params: { id: 'application' }, Component: SummaryPage },
  { path: '/behovsmeldinger/:id/kvittering', title: 'page.bmReceipt', params: { id: 'application' }, Component: ReceiptPage },
  { path: '/behovsmeldinger/:id/historikk', title: 'page.bmHistory', params: { id: 'application' }, Component: HistoryPage },

  { path: '/referanse', title: 'page.reference', Component: ReferencePage },
  { path: '/referanse/fylker', title: 'page.counties', Component: CountyListPage },
  { path: '/referanse/kommuner', title: 'page.municipalities', Component: MunicipalityListPage },
  { path: '/referanse/embeter', title: 'page.offices', Component: OfficeListPage },
  { path: '/referanse/ordninger', title: 'page.schemes', Component: SchemeListPage },
  { path: '/referanse/ordninger/:id', title: 'page.scheme', params: { id: 'scheme' }, Component: SchemePage },

  { path: '/utlysninger', title: 'page.rounds', Component: RoundListPage },
  { path: '/utlysninger/ny', title: 'page.roundNew', Component: RoundNewPage },
  { path: '/utlysninger/:id', title: 'page.round', params: { id: 'round' }, Component: RoundDetailPage },
  { path: '/utlysninger/:id/rediger', title: 'page.roundEdit', params: { id: 'round' }, Component: RoundEditPage },
  { path: '/behovsmeldinger/:id/returner', title: 'page.roundReturn', params: { id: 'application' }, Component: ReturnApplicationPage },

  { path: '/admin/revisjonslogg', title: 'page.audit', Component: AuditLogPage },
  { path: '/admin/brukere', title: 'page.users', Component: UserListPage },
  { path: '/admin/invitasjoner', title: 'page.invitations', Component: InvitationListPage },
  { path: '/admin/utboks', title: 'page.outbox', Component: OutboxPage },
  { path: '/inviter', title: 'page.invite', Component: InvitePage },
];

/** Every page with its metadata; the accessibility test visits each one, filling params from seeded data. */
export const pageRoutes: { path: string; title: PageRoute['title']; params?: PageRoute['params'] }[] = PAGES.map(({ path, title, params }) =>
  params ? { path, title, params } : { path, title },
);

function handleOf(page: PageDefinition): RouteHandle {
  return { page: { path: page.path, title: page.title }, crumbs: ancestorsOf(page.path, PAGES), public: page.public ?? false };
}

const notFoundHandle: RouteHandle = { page: { path: '*', title: 'page.notFound' }, crumbs: [{ path: '/', title: 'page.start' }], public: true };

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...PAGES.map(({ path, Component, ...page }): RouteObject => ({ path, Component, handle: handleOf({ path, Component, ...page }) })),
          { path: '*', Component: NotFoundPage, handle: notFoundHandle },
        ],
      },
    ],
  },
];
