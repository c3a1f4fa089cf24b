import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>评议通</h1>);
