/**
 * The registry API as one readable HTML page, rendered from the generated OpenAPI document
 * (served at /docs; no script, no CDN).
 */

/** A JSON Schema, as far as the page shows it. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function typeLabel(schema: Schema): string {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (schema.anyOf !== undefined) return schema.anyOf.map(typeLabel).join(' | ');
  if (schema.const !== undefined) return escapeHtml(JSON.stringify(schema.const));
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  const notes: string[] = [];
  if (schema.enum) notes.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.pattern) notes.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    notes.push(`length ${schema.minLength ?? 0}..${schema.maxLength ?? '∞'}`);
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    notes.push(`${schema.minimum ?? '-∞'}..${schema.maximum ?? '∞'}`);
  }
  if (schema.format) notes.push(schema.format);
  const label =
    type === 'array' && schema.items ? `array of ${typeLabel(schema.items)}` : escapeHtml(type);
  return notes.length > 0 ? `${label} (${notes.join('; ')})` : label;
}

function schemaHtml(schema: Schema): string {
  if (schema.properties === undefined) {
    const item =
      schema.type === 'array' && schema.items?.properties ? schemaHtml(schema.items) : '';
    return `<p>${typeLabel(schema)}</p>${item}`;
  }
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties)
    .map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <strong>required</strong>' : ''}</td>` +
        `<td>${typeLabel(property)}</td><td>${escapeHtml(property.description ?? '')}</td></tr>`,
    )
    .join('');
  const closed = schema.additionalProperties === false ? '<p>No other fields.</p>' : '';
  return `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>${closed}`;
}

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, unknown>[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    schema: Schema;
    description?: string;
  }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

/** Renders the document as one readable HTML page. */
export function renderDocs(document: Record<string, unknown>): string {
  const info = document.info as { title: string; description: string; version: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const schemas = (document.components as { schemas: Record<string, Schema> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      const auth =
        operation.security?.map((s) => Object.keys(s).join(' + ')).join(' or ') ?? 'none';
      const params = operation.parameters?.length
        ? `<h4>Query</h4><table><tbody>${operation.parameters
            .map(
              (p) =>
                `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <strong>required</strong>' : ''}</td>` +
                `<td>${typeLabel(p.schema)}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      const body = operation.requestBody
        ? `<h4>Body</h4>${Object.values(operation.requestBody.content)
            .map((c) => schemaHtml(c.schema))
            .join('')}`
        : '';
      const responses = Object.entries(operation.responses)
        .map(([status, response]) => {
          const content = response.content ? Object.entries(response.content) : [];
          const shape = content
            .map(([type, c]) => `<code>${escapeHtml(type)}</code> ${typeLabel(c.schema)}`)
            .join(', ');
          return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)} ${shape}</li>`;
        })
        .join('');
      return (
        `<section id="${id}"><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>` +
        `<p>${escapeHtml(operation.summary ?? '')}</p>` +
        (operation.description ? `<p>${escapeHtml(operation.description)}</p>` : '') +
        `<p>Auth: ${escapeHtml(auth)}</p>${params}${body}<h4>Responses</h4><ul>${responses}</ul></section>`
      );
    }),
  );
  const schemaSections = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>` +
        (schema.description ? `<p>${escapeHtml(schema.description)}</p>` : '') +
        `${schemaHtml(schema)}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}: API</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ddd;padding-top:.5rem}
</style></head>
<body><main>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>
${operations.join('\n')}
<h2>Schemas</h2>
${schemaSections}
</main></body></html>
`;
}
