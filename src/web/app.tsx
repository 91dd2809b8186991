import { Heading, Paragraph } from '@digdir/designsystemet-react';

export function App() {
  return (
    <main id="main">
      <Heading level={1}>Kompetanseløft</Heading>
      <Paragraph>Plattform for regional kompetanseutvikling.</Paragraph>
    </main>
  );
}
