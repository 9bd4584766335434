/**
 * The English strings of the event screens (SPEC §11), spread into the English table (en.ts):
 * one table per language, its event part in a file of its own to keep each file short.
 */
export const EN_EVENTS = {
  'event.title': 'Event',
  'event.intro':
    'Gates of one event share their checks: a code checked at one gate reads “Already checked” at the others.',
  'event.create': 'Create event',
  'event.join': 'Join event',
  'event.name': 'Event name',
  'event.gate': 'Gate name',
  'event.hub': 'Hub address',
  'event.link': 'Event link',
  'event.linkHint': 'Paste the link under the event’s QR code on another gate’s Settings.',
  'event.cancel': 'Cancel',
  'event.leave': 'Leave event',
  'event.member': 'This tablet is “{gate}” at “{event}”.',
  'event.status.connected': 'Connected to the hub.',
  'event.status.connecting': 'Connecting to the hub…',
  'event.status.offline':
    'Not connected to the hub. Checks are kept on this tablet and shared when it is back.',
  'event.status.refused': 'The hub refused this tablet. Join the event again from its link.',
  'event.lastSynced': 'Last synced {time}',
  'event.notSynced': 'Not synced yet',
  'event.allGates': 'All gates',
  'event.thisGate': 'This gate',
  'event.loading': 'Loading the event…',
  'event.share': 'Another tablet joins this event by scanning this code or opening the link.',
  'event.qr': 'QR code to join {event}',
  'event.copy': 'Copy link',
  'event.copied': 'The link was copied.',
  'event.export': 'Export event CSV',
  'event.exported': 'The event’s checks were downloaded as a CSV file.',
  'event.exportError': 'The event’s checks could not be read on this tablet.',
  'event.left': 'This tablet left the event and deleted its copy of it.',
  'event.error.BAD_INVITE':
    'This is not an event link. Copy the whole link from the event’s QR code.',
  'event.error.BAD_EVENT_NAME': 'Enter an event name of up to 60 characters.',
  'event.error.BAD_GATE_NAME': 'Enter a gate name of up to 40 characters.',
  'event.error.BAD_HUB': 'Enter the hub address, starting with wss:// or https://.',
  'event.error.IN_EVENT': 'This tablet is already a gate of an event. Leave it first.',
  'event.error.STORAGE': 'The event could not be saved on this tablet.',
  'event.scanned': 'An event code was scanned. Enter this tablet’s gate name to join.',
} as const;

/** The event screens' part of another language's table, checked key for key. */
export type EventMessages = Record<keyof typeof EN_EVENTS, string>;
