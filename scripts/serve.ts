// npm start: serves the built site on http://127.0.0.1:4321/ (PORT to change).
import { createStaticServer, listen } from './lib/static-server.ts';

const origin = await listen(createStaticServer('dist'), Number(process.env.PORT ?? 4321));
console.log(`Serving dist/ at ${origin}/ (Vietnamese) and ${origin}/en/ (English). Ctrl+C to stop.`);
