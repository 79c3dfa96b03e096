// The iCalendar writer (RFC 5545) and the calendar the site publishes: CRLF lines folded at 75
// octets, escaped text, all-day dates, a reminder the day before, and UIDs that do not change
// when a date moves, so that calendar apps update an event instead of adding another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { clientView } from '../../src/core/client/client-view.ts';
import { clientCalendar } from '../../src/client-site/calendar.ts';
import { accountCalendar, calendar, personCalendar } from '../../src/site/calendar.ts';
import { escapeText, foldLine, writeCalendar } from '../../src/site/ics.ts';
import { createPlaybook } from '../helpers/playbook-fixture.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_BUILD, FIXTURE_FILES } from './fixture-playbook.ts';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('the iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it("writes an event's title on one line, its description with its line breaks", () => {
    const text = writeCalendar({
      productId: '-//Test//EN',
      name: 'Test',
      stamp: '2026-11-22',
      events: [{ uid: 'a@test', date: '2026-12-31', summary: 'Install the scanners\n  at all 8 sites', description: 'One\nTwo', alarmDaysBefore: 1 }],
    });
    expect(text).toContain('\r\nSUMMARY:Install the scanners at all 8 sites\r\n');
    expect(text).toContain('\r\nDESCRIPTION:One\\nTwo\r\n');
    expect(text).toContain('\r\nDESCRIPTION:Tomorrow: Install the scanners at all 8 sites\r\n');
  });

  it('shows a control character as its code point: a TEXT value holds none but a tab', () => {
    expect(escapeText('Clear\u001b[2J\u0007\tdone\rnext')).toBe('Clear<U+001B>[2J<U+0007>\tdone\\nnext');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Café déjà vu, '.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('folds a plain ASCII line at exactly 75 octets, then 74 after each leading space', () => {
    const line = `DESCRIPTION:${'0123456789'.repeat(20)}`;
    expect(foldLine(line).split('\r\n')).toEqual([line.slice(0, 75), ` ${line.slice(75, 149)}`, ` ${line.slice(149, 212)}`]);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes all-day events with a reminder at 9:00 the day before, not at midnight', () => {
    const text = writeCalendar({
      productId: '-//Test//EN',
      name: 'Test',
      stamp: '2026-11-22',
      events: [{ uid: 'a@test', date: '2026-12-31', summary: 'New year, almost', alarmDaysBefore: 1, sequence: 2 }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // A subscriber's calendar reads it again twice a day, not at its own default (a week, for some).
    expect(text).toContain('\r\nX-WR-CALNAME:Test\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\nBEGIN:VEVENT\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('\r\nSUMMARY:New year\\, almost\r\n');
    expect(text).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Tomorrow: New year\\, almost\r\nTRIGGER:-PT15H\r\nEND:VALARM\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261122T000000Z\r\n');
    expect(text).toContain('\r\nSEQUENCE:2\r\n');
  });
});

describe('an event in several calendars', () => {
  it('is written alike in each, with the stamp of the calendar it is in', () => {
    const event = { uid: 'commitment-a@playbook.followthrough', date: '2026-11-23', summary: 'Train the staff, then go live' };
    const team = writeCalendar({ productId: '-//Test//EN', name: 'Team', stamp: '2026-11-22', events: [event] });
    const account = writeCalendar({ productId: '-//Test//EN', name: 'Acme', stamp: '2026-11-22', events: [event, { ...event, uid: 'other' }] });
    const later = writeCalendar({ productId: '-//Test//EN', name: 'Team', stamp: '2026-11-29', events: [event] });
    const vevent = (text: string) => text.slice(text.indexOf('BEGIN:VEVENT'), text.indexOf('END:VEVENT'));
    expect(vevent(account)).toBe(vevent(team));
    expect(vevent(team)).toContain('SUMMARY:Train the staff\\, then go live\r\n');
    expect(vevent(team)).toContain('DTSTAMP:20261122T000000Z\r\n');
    expect(vevent(later)).toContain('DTSTAMP:20261129T000000Z\r\n');
    expect(account).toContain('UID:other\r\n');
  });
});

describe("the site's calendar", () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await buildSite(FIXTURE_BUILD);
  }, 300_000);

  it('is valid iCalendar: CRLF only, short lines, one UID per event; the team calendar without reminders', () => {
    const text = readFileSync(join(site.outDir, 'calendar.ics'), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line), line).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    const uids = [...unfolded.matchAll(/\r\nUID:(.+)\r\n/g)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
    const events = unfolded.split('BEGIN:VEVENT').length - 1;
    expect((unfolded.match(/BEGIN:VALARM/g) ?? []).length).toBe(0);
    expect((unfolded.match(/DTSTART;VALUE=DATE:\d{8}\r\n/g) ?? []).length).toBe(events);
    // Open commitments and milestones not done: not the done, the dropped or the reached ones.
    expect(unfolded).toContain('UID:commitment-northwind--rollout--order-hardware@followthrough');
    expect(unfolded).toContain('UID:milestone-northwind--rollout--go-live@followthrough');
    expect(unfolded).not.toContain('configure-wms');
    expect(unfolded).not.toContain('site-8');
    expect(unfolded).not.toContain('--pilot@');
  });

  it('keeps an event UID when its date moves, and bumps its sequence', () => {
    const uidOf = (due: string, slips: string) => {
      const playbook = createPlaybook({
        ...FIXTURE_FILES,
        'accounts/northwind/rollout.mdx': FIXTURE_FILES['accounts/northwind/rollout.mdx']!.replace('    due: 2026-11-23\n', `    due: ${due}\n${slips}`),
      });
      const result = checkPlaybook(playbook.dir, { asOf: FIXTURE_AS_OF, now: new Date() });
      const event = calendar(result, undefined).events.find((e) => e.summary.startsWith('Train the warehouse staff'))!;
      return { uid: event.uid, sequence: event.sequence, date: event.date };
    };
    const before = uidOf('2026-11-23', '');
    const after = uidOf('2026-12-07', '    slips:\n      - { date: 2026-11-20, from: 2026-11-23, to: 2026-12-07, told: Bob Smith, reason: Room not free }\n');
    expect(after.date).toBe('2026-12-07');
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence! + 1);
  });
});

describe('UIDs', () => {
  /** Every UID of every calendar of the fixture (the team's, each person's and account's, the client's), by calendar. */
  const uidsOf = (edit: (files: Record<string, string>) => Record<string, string>, siteUrl?: string) => {
    const playbook = createPlaybook(edit({ ...FIXTURE_FILES }));
    const result = checkPlaybook(playbook.dir, { asOf: FIXTURE_AS_OF, now: new Date() });
    const calendars = {
      team: calendar(result, siteUrl),
      ...Object.fromEntries(['jane-doe', 'kim-lee', 'omar-haddad'].map((id) => [id, personCalendar(result, id, siteUrl)])),
      northwind: accountCalendar(result, 'northwind', siteUrl),
      client: clientCalendar(clientView(result.model, 'northwind')!),
    };
    return Object.fromEntries(Object.entries(calendars).map(([name, ics]) => [name, ics.events.map((e) => e.uid).sort()]));
  };

  it("stay the same when the playbook is renamed, the site moves or an item is reworded: a subscriber's calendar shows no event twice", () => {
    const before = uidsOf((files) => files);
    const after = uidsOf(
      (files) => ({
        ...files,
        'playbook.yaml': files['playbook.yaml']!.replace('title: Fixture Co playbook', 'title: Acme Services, the new name'),
        'accounts/northwind/rollout.mdx': files['accounts/northwind/rollout.mdx']!.replace('what: Train the warehouse staff\n    owner: kim-lee', 'what: Train every shift, nights too\n    owner: kim-lee'),
      }),
      'https://plans.acme.example/team/',
    );
    expect(after).toEqual(before);
    expect(before.team!.length).toBeGreaterThan(3);
    expect(before['jane-doe']).toContain('follow-up-northwind@followthrough');
    expect(before.client).toContain('client-commitment-northwind--rollout--order-hardware@followthrough');
  });
});

/**
 * Checks a calendar file as RFC 5545 reads it, and returns its events' properties (unfolded, by
 * name): CRLF line ends only, lines of at most 75 octets, folded lines starting with a space and
 * never splitting a character, `NAME[;PARAM=...]:value` lines, TEXT values escaped (no bare `;`,
 * `,` or line break, a backslash only before `\ ; , n`), a DTSTAMP in UTC, and all-day events as
 * DATE values ending (exclusively) the next day.
 */
function strictEvents(text: string): Record<string, string>[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
  // Folding never splits a UTF-8 character: every physical line is valid UTF-8 on its own.
  for (const line of physical) expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
  const lines = text.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | undefined;
  let depth = 0;
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]+)*):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, params, value] = match!;
    if (['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME'].includes(name!)) expect(value, line).toMatch(/^(?:[^\\;,]|\\[\\;,nN])*$/);
    if (name === 'CATEGORIES') expect(value, line).toMatch(/^(?:[^\\;,]|\\[\\;,nN])*(?:,(?:[^\\;,]|\\[\\;,nN])*)*$/);
    if (name === 'BEGIN' && value === 'VEVENT') (event = {}), events.push(event);
    if (name === 'BEGIN') depth += 1;
    if (name === 'END') depth -= 1;
    // An event's own properties, not its alarm's.
    if (event && depth === 2 && name !== 'BEGIN' && name !== 'END') {
      expect(event[name!], `${name} twice`).toBeUndefined();
      event[name!] = `${params}:${value}`;
    }
  }
  for (const e of events) {
    expect(e.UID).toMatch(/^:\S+$/);
    expect(e.DTSTAMP).toMatch(/^:\d{8}T\d{6}Z$/);
    const start = /^;VALUE=DATE:(\d{4})(\d{2})(\d{2})$/.exec(e.DTSTART!)!;
    expect(start, e.DTSTART).not.toBeNull();
    const next = new Date(Date.UTC(Number(start[1]), Number(start[2]) - 1, Number(start[3]) + 1)).toISOString().slice(0, 10).replaceAll('-', '');
    expect(e.DTEND).toBe(`;VALUE=DATE:${next}`);
  }
  expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
  return events;
}

describe('an overdue item or lapsed date, on a calendar people look at', () => {
  /** The fixture's calendars as of `asOf`: written, strictly checked, and each event's properties by title. */
  const calendarsOn = (asOf: string) => {
    const result = checkPlaybook(createPlaybook(FIXTURE_FILES).dir, { asOf, now: new Date() });
    const read = (ics: Parameters<typeof writeCalendar>[0]) => {
      const text = writeCalendar(ics);
      return { text, events: strictEvents(text) };
    };
    return {
      team: read(calendar(result, undefined)),
      kim: read(personCalendar(result, 'kim-lee', undefined)),
      jane: read(personCalendar(result, 'jane-doe', undefined)),
      northwind: read(accountCalendar(result, 'northwind', undefined)),
      client: read(clientCalendar(clientView(result.model, 'northwind')!)),
    };
  };
  const find = (events: Record<string, string>[], uid: string) => events.find((e) => e.UID === `:${uid}`)!;

  it("is on the build's day, saying when it was due, with a reminder that morning", () => {
    const { kim, jane, team, northwind } = calendarsOn(FIXTURE_AS_OF);
    // Order the handheld scanners was due 2026-11-10 (Bob Smith's, chased by Kim Lee).
    expect(find(kim.events, 'commitment-northwind--rollout--order-hardware@followthrough')).toMatchObject({
      DTSTART: ';VALUE=DATE:20261122',
      DTEND: ';VALUE=DATE:20261123',
      SUMMARY: ':Overdue (due 2026-11-10): Follow up: Order the handheld scanners (Bob Smith\\, Northwind Logistics)',
      SEQUENCE: ':12',
    });
    expect(kim.text.replace(/\r\n /g, '')).toContain('\r\nSUMMARY:Overdue (due 2026-11-20): Milestone: All sites live\r\n');
    expect(kim.text.replace(/\r\n /g, '')).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Today: Overdue (due 2026-11-10): Follow up: Order the handheld scanners (Bob Smith\\, Northwind Logistics)\r\nTRIGGER:PT9H\r\nEND:VALARM\r\n');
    // What is not late yet stays on its day, reminded the day before.
    expect(find(kim.events, 'commitment-northwind--rollout--train-staff@followthrough')).toMatchObject({ DTSTART: ';VALUE=DATE:20261123', SUMMARY: ':Train the warehouse staff (Kim Lee)', SEQUENCE: ':0' });
    // The account's owner: the follow-up and the review that lapsed are today's too.
    expect(find(jane.events, 'follow-up-northwind@followthrough')).toMatchObject({ DTSTART: ';VALUE=DATE:20261122', SUMMARY: ':Overdue (due 2026-11-03): Follow up with Northwind Logistics' });
    expect(find(jane.events, 'review-northwind@followthrough')).toMatchObject({ DTSTART: ';VALUE=DATE:20261122', SUMMARY: ':Overdue (due 2026-11-17): Governance review with Northwind Logistics' });
    // The same event, on the same day, in the team's and the account's calendar.
    for (const other of [team, northwind]) {
      expect(find(other.events, 'commitment-northwind--rollout--order-hardware@followthrough')).toMatchObject({ DTSTART: ';VALUE=DATE:20261122', SUMMARY: ':Overdue (due 2026-11-10): Order the handheld scanners (Bob Smith\\, client)' });
    }
  });

  it('moves with each daily build, keeping its UID, its sequence growing', () => {
    const uid = 'commitment-northwind--rollout--order-hardware@followthrough';
    const days = ['2026-11-22', '2026-11-23', '2026-11-30'].map((asOf) => find(calendarsOn(asOf).kim.events, uid));
    expect(days.map((e) => e.DTSTART)).toEqual([';VALUE=DATE:20261122', ';VALUE=DATE:20261123', ';VALUE=DATE:20261130']);
    expect(days.map((e) => Number(e.SEQUENCE!.slice(1)))).toEqual([12, 13, 20]);
  });

  it("is on the build's day in the client's calendar too, with nothing the client may not see", () => {
    const { client } = calendarsOn(FIXTURE_AS_OF);
    const late = find(client.events, 'client-commitment-northwind--rollout--order-hardware@followthrough');
    expect(late).toMatchObject({ DTSTART: ';VALUE=DATE:20261122', SUMMARY: ':Overdue (due 2026-11-10): Order the handheld scanners (Bob Smith)', DESCRIPTION: ':Scanner rollout\\nNorthwind Logistics will do it: Bob Smith' });
    // Who chases it on our side is never the client's to see.
    expect(client.text).not.toMatch(/follow(?:ed)? up|chase/i);
    expect(find(client.events, 'client-milestone-northwind--rollout--go-live@followthrough')).toMatchObject({ DTSTART: ';VALUE=DATE:20261122', SUMMARY: ':Overdue (due 2026-11-20): Milestone: All sites live' });
  });
});

describe("each person's calendar", () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await buildSite(FIXTURE_BUILD);
  }, 300_000);

  const events = (text: string) =>
    text
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((event) => ({ uid: /\r\nUID:(.+)\r\n/.exec(event)![1]!, summary: /\r\nSUMMARY:(.+)\r\n/.exec(event)![1]!, date: /DTSTART;VALUE=DATE:(\d{8})/.exec(event)![1]!, alarm: /\r\nBEGIN:VALARM\r\n[^]*\r\nTRIGGER:(\S+)\r\n/.exec(event)?.[1] }));

  it('holds what they owe, the client items they chase and their milestones, each with a reminder the day before (on the day, for what is late)', () => {
    const kim = events(readFileSync(join(site.outDir, 'people', 'kim-lee', 'calendar.ics'), 'utf8'));
    const summaries = kim.map((e) => e.summary);
    // Theirs, the client's they follow up, and the milestones of the plan they lead.
    expect(summaries).toContain('Train the warehouse staff (Kim Lee)');
    expect(summaries).toContain('Overdue (due 2026-11-10): Follow up: Order the handheld scanners (Bob Smith\\, Northwind Logistics)');
    expect(summaries).toContain('Overdue (due 2026-11-20): Milestone: All sites live');
    // Nobody else's, and nothing done or dropped.
    expect(summaries.some((s) => s.startsWith('Install scanners'))).toBe(false);
    // At 9:00 the day before; on the day itself for what is late, shown on the build's day.
    for (const e of kim) expect(e.alarm, e.summary).toBe(e.summary.startsWith('Overdue') ? 'PT9H' : '-PT15H');
    expect(new Set(kim.map((e) => e.uid)).size).toBe(kim.length);
  });

  it("holds the next follow-up, governance review and own contact of each account they own", () => {
    const jane = events(readFileSync(join(site.outDir, 'people', 'jane-doe', 'calendar.ics'), 'utf8'));
    const byUid = new Map(jane.map((e) => [e.uid.split('@')[0], e]));
    expect(byUid.get('follow-up-northwind')).toMatchObject({ summary: 'Overdue (due 2026-11-03): Follow up with Northwind Logistics', date: '20261122', alarm: 'PT9H' });
    expect(byUid.get('review-northwind')).toMatchObject({ summary: 'Overdue (due 2026-11-17): Governance review with Northwind Logistics', date: '20261122', alarm: 'PT9H' });
    expect(byUid.get('owner-touch-northwind')).toMatchObject({ summary: 'Overdue (due 2026-11-17): Talk to Northwind Logistics yourself', date: '20261122', alarm: 'PT9H' });
  });

  it("is linked from the person's page", () => {
    expect(readFileSync(join(site.outDir, 'people', 'kim-lee', 'index.html'), 'utf8')).toContain('href="/people/kim-lee/calendar.ics"');
  });
});

describe('subscribing to a calendar, on a site published at a known address', () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await buildSite({ ...FIXTURE_BUILD, name: 'fixture-site-url', env: { PLAYBOOK_SITE_URL: 'https://acme.github.io/playbook', PLAYBOOK_BASE: '/playbook' } });
  }, 300_000);
  const page = (...path: string[]) => readFileSync(join(site.outDir, ...path, 'index.html'), 'utf8');

  it('links a webcal:// address, which calendar apps subscribe to, not a file they import once', () => {
    expect(page('people', 'kim-lee')).toContain('href="webcal://acme.github.io/playbook/people/kim-lee/calendar.ics"');
    expect(page('accounts', 'northwind')).toContain('href="webcal://acme.github.io/playbook/accounts/northwind/calendar.ics"');
    expect(page()).toContain('href="webcal://acme.github.io/playbook/calendar.ics"');
  });

  it("ends each event's description with its page's address, which Google Calendar and Outlook show (they ignore URL)", () => {
    const unfolded = (path: string[]) => readFileSync(join(site.outDir, ...path), 'utf8').replace(/\r\n /g, '');
    const kim = unfolded(['people', 'kim-lee', 'calendar.ics']);
    const train = kim.split('BEGIN:VEVENT').find((event) => event.includes('SUMMARY:Train the warehouse staff'))!;
    expect(train).toMatch(/\r\nDESCRIPTION:[^\r]*\\nOpen in the playbook: https:\/\/acme\.github\.io\/playbook\/accounts\/northwind\/rollout\/#commitment-train-staff\r\n/);
    expect(train).toContain('\r\nURL:https://acme.github.io/playbook/accounts/northwind/rollout/#commitment-train-staff\r\n');
    const followUp = unfolded(['people', 'jane-doe', 'calendar.ics']).split('BEGIN:VEVENT').find((event) => event.includes('Follow up with Northwind Logistics\r\n'))!;
    expect(followUp).toMatch(/\r\nDESCRIPTION:[^\r]*\\nOpen in the playbook: https:\/\/acme\.github\.io\/playbook\/accounts\/northwind\/\r\n/);
    const team = unfolded(['calendar.ics']);
    const events = team.split('BEGIN:VEVENT').length - 1;
    expect(team.match(/\\nOpen in the playbook: https:\/\/acme\.github\.io\/playbook\/accounts\//g)).toHaveLength(events);
  });

  it('shows the https:// address to paste into Google Calendar', () => {
    expect(page('people', 'kim-lee')).toContain('Google Calendar: Other calendars › From URL, then paste <code>https://acme.github.io/playbook/people/kim-lee/calendar.ics</code>');
  });
});

describe('a reminder', () => {
  it('comes at 9:00, the given number of days before the all-day event', async () => {
    const { alarmTrigger } = await import('../../src/site/ics.ts');
    expect([0, 1, 2, 7].map(alarmTrigger)).toEqual(['PT9H', '-PT15H', '-P1DT15H', '-P6DT15H']);
  });
});

describe('DTSTAMP', () => {
  const stampOf = (timezone: string | undefined, day = '2026-12-05') =>
    /\r\nDTSTAMP:(\S+)\r\n/.exec(writeCalendar({ productId: '-//Test//EN', name: 'Test', stamp: day, timezone, events: [{ uid: 'a@test', date: '2026-12-31', summary: 'A' }] }))![1];

  it('is the moment the build day began in the playbook\'s time zone, never ahead of the build', () => {
    // Kiritimati's 5 December begins at 10:00 UTC on the 4th: midnight UTC on the 5th was 14 hours
    // ahead of a build at that moment.
    expect(stampOf('Pacific/Kiritimati')).toBe('20261204T100000Z');
    expect(stampOf('Pacific/Pago_Pago')).toBe('20261205T110000Z');
    expect(stampOf('Asia/Kathmandu')).toBe('20261204T181500Z');
    expect(stampOf('UTC')).toBe('20261205T000000Z');
    expect(stampOf(undefined)).toBe('20261205T000000Z');
  });

  it('follows a change of offset on the day itself (Chile moves its clocks at midnight)', () => {
    expect(stampOf('America/Santiago', '2026-09-06')).toBe('20260906T040000Z');
    expect(stampOf('America/Santiago', '2026-09-07')).toBe('20260907T030000Z');
  });
});
