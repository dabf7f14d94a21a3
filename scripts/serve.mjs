#!/usr/bin/env node
// Serves the static export in out/. `next start` refuses a static export, so
// this small server does the one thing a static host does: map /articles/x to
// out/articles/x.html, and answer unknown paths with the site's 404 page.
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { contentType, resolveFile } from "./static-files.mjs";

const root = resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

if (!existsSync(join(root, "index.html"))) {
  console.error(`No site in ${root}: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    pathname = "/";
  }
  let file = resolveFile(root, pathname);
  const status = file ? 200 : 404;
  file ??= join(root, "404.html");
  const headers = { "content-type": contentType(file) };
  if (file.includes(`${join(root, "_next", "static")}`)) headers["cache-control"] = "public, max-age=31536000, immutable";
  response.writeHead(status, headers);
  if (request.method === "HEAD") return response.end();
  createReadStream(file).pipe(response);
});

server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use: run with PORT=3001 (or another free port).` : String(error));
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`quizwire is serving ${root} at http://${host === "0.0.0.0" ? "localhost" : host}:${port}/  (Ctrl+C to stop)`);
});
