import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/api/errors';
import { formatError } from '../shared/i18n/errorMessages';
import { communitiesCommand } from './commands/communities';
import { exportCommand } from './commands/exportMap';
import { importCommand } from './commands/importFiles';
import { newMapCommand } from './commands/newMap';
import { pathCommand } from './commands/path';
import { reportCommand } from './commands/report';
import { serveCommand, type Served } from './commands/serve';
import { statsCommand } from './commands/stats';
import { cliLocale } from './locale';
import { UsageError, type Output } from './output';

export const USAGE = `Usage:
  influmap new <map> [--name N] [--demo]
  influmap stats <map> [--json]
  influmap serve [<map>] [--port N] [--no-open]
  influmap export <map> --format gexf|graphml|csv|json|xlsx|svg|png|pdf --out <path> [--scale 1|2|4] [--view NAME]
  influmap communities <map> [--detect] [--seed N] [--resolution R] [--json]
  influmap path <map> --journey <id-or-name> [--topic <id-or-name>] [--json]
  influmap import <map> <file>... [--format csv|xlsx|gexf|graphml|gml|json] [--json]
  influmap report <map> --out <file.pdf> [--lang fr|en] [--topic T]... [--journey J]... [--view V]...
                  [--story S]... [--sections summary,maps,...] [--page-size A4|Letter]
                  [--title T] [--client C] [--subject S] [--author A] [--date YYYY-MM-DD]
`;

export type MainContext = {
  output: Output;
  env: NodeJS.ProcessEnv;
  /** The built renderer that `serve` hands out. */
  staticDir: string;
  version: string;
  /** Called with the running server of `serve`; the entry point wires signals to `stop`. */
  onServe?: (served: Served) => void;
};

function oneMap(positionals: string[], command: string): string {
  const [path, ...rest] = positionals;
  if (path === undefined)
    throw new UsageError(`${command}: which map? (influmap ${command} <map>)`);
  if (rest.length > 0) throw new UsageError(`${command}: unexpected argument ${rest[0]}`);
  return path;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port: ${value} is not a port number (0-65535)`);
  return port;
}

async function run(argv: string[], context: MainContext): Promise<void> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    context.output.out(USAGE);
    return;
  }
  if (command === '--version') {
    context.output.out(context.version);
    return;
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      demo: { type: 'boolean' },
      json: { type: 'boolean' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      scale: { type: 'string' },
      view: { type: 'string', multiple: true },
      detect: { type: 'boolean' },
      seed: { type: 'string' },
      resolution: { type: 'string' },
      journey: { type: 'string', multiple: true },
      topic: { type: 'string', multiple: true },
      story: { type: 'string', multiple: true },
      lang: { type: 'string' },
      sections: { type: 'string' },
      'page-size': { type: 'string' },
      title: { type: 'string' },
      client: { type: 'string' },
      subject: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
    },
  });
  // `report` takes several topics, journeys and views; every other command one at most.
  const one = (name: string, list: string[] | undefined): string | undefined => {
    if ((list?.length ?? 0) > 1) throw new UsageError(`${command}: --${name} given more than once`);
    return list?.[0];
  };
  switch (command) {
    case 'new':
      return newMapCommand(
        oneMap(positionals, 'new'),
        { name: values.name, demo: values.demo },
        context.output,
        cliLocale(context.env),
      );
    case 'export': {
      const path = oneMap(positionals, 'export');
      if (!values.format)
        throw new UsageError(
          'export: which format? (--format gexf|graphml|csv|json|xlsx|svg|png|pdf)',
        );
      if (!values.out) throw new UsageError('export: where to? (--out <path>)');
      return exportCommand(
        path,
        {
          format: values.format,
          out: values.out,
          scale: values.scale === undefined ? undefined : Number(values.scale),
          view: one('view', values.view),
          locale: cliLocale(context.env),
          version: context.version,
        },
        context.output,
      );
    }
    case 'communities':
      return communitiesCommand(
        oneMap(positionals, 'communities'),
        {
          detect: values.detect,
          json: values.json,
          seed: values.seed,
          resolution: values.resolution,
        },
        context.output,
      );
    case 'import': {
      const [mapPath, ...files] = positionals;
      if (mapPath === undefined)
        throw new UsageError('import: which map? (influmap import <map> <file>...)');
      return importCommand(
        mapPath,
        files,
        { format: values.format, json: values.json },
        context.output,
      );
    }
    case 'path':
      return pathCommand(
        oneMap(positionals, 'path'),
        {
          journey: one('journey', values.journey),
          topic: one('topic', values.topic),
          json: values.json,
        },
        context.output,
      );
    case 'report':
      return reportCommand(
        oneMap(positionals, 'report'),
        {
          out: values.out,
          lang: values.lang,
          topics: values.topic ?? [],
          journeys: values.journey ?? [],
          views: values.view ?? [],
          stories: values.story ?? [],
          sections: values.sections,
          pageSize: values['page-size'],
          title: values.title,
          client: values.client,
          subject: values.subject,
          author: values.author,
          date: values.date,
          locale: cliLocale(context.env),
          version: context.version,
        },
        context.output,
      );
    case 'stats':
      return statsCommand(oneMap(positionals, 'stats'), { json: values.json }, context.output);
    case 'serve': {
      if (positionals.length > 1)
        throw new UsageError(`serve: unexpected argument ${positionals[1]}`);
      const port = parsePort(values.port);
      if (!existsSync(join(context.staticDir, 'index.html'))) {
        throw new UsageError(
          `the user interface is not built (${context.staticDir}); run: npm run build`,
        );
      }
      const served = await serveCommand(
        positionals[0],
        {
          port,
          open: !values['no-open'],
          staticDir: context.staticDir,
          version: context.version,
        },
        context.output,
        context.env,
      );
      context.onServe?.(served);
      return;
    }
    default:
      throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  }
}

/**
 * The CLI's entry: runs one command and returns its exit status. User errors (bad file, unknown
 * option, unknown map) print one line on stderr, in the terminal's language, and return 1.
 */
export async function main(argv: string[], context: MainContext): Promise<number> {
  try {
    await run(argv, context);
    return 0;
  } catch (err) {
    const locale = cliLocale(context.env);
    if (err instanceof AppError) context.output.err(`influmap: ${formatError(err.data, locale)}`);
    else if (err instanceof UsageError) context.output.err(`influmap: ${err.message}`);
    else if (
      err instanceof TypeError &&
      'code' in err &&
      String(err.code).startsWith('ERR_PARSE_ARGS')
    ) {
      context.output.err(`influmap: ${err.message.split('\n')[0] ?? ''}`);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      context.output.err(`influmap: unexpected error: ${message.split('\n')[0] ?? ''}`);
      if (context.env.INFLUMAP_DEBUG && err instanceof Error && err.stack)
        context.output.err(err.stack);
    }
    return 1;
  }
}
