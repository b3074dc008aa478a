import { render } from 'preact';

render(<main>Company Contacts</main>, document.getElementById('app')!);
