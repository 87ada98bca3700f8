import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
