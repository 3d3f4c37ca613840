// The words of a call: agent and customer turns written from seeded templates, using the customer's name,
// the context given to the agent, the business and the lead. Several variants per topic so that a list of
// calls reads like real traffic, always the same ones for the same seed.
import type { Random } from '../core/random.js';
import type { Schemas } from '../core/state.js';
import type { Topic } from './outcomes.js';

type Role = 'agent' | 'customer';
export type Line = readonly [Role, string];

export interface ConversationInput {
  direction: 'outbound' | 'inbound';
  topic: Topic;
  agentName: string;
  businessName: string;
  /** The customer's full name, if known. */
  customerName: string | null;
  context: string | null;
  firstMessage: string | null;
  /** When the call is answered (ms): appointments are offered on the next business days. */
  answeredAt: number;
}

export interface Conversation {
  lines: Line[];
  summary: string;
  sentiment: Schemas['Sentiment'];
  outcome: Schemas['CallOutcome'];
  /** `emergency.detected`: what was heard. */
  keywords: string[] | null;
  appointment: { start: number; end: number; title: string; notes: string | null } | null;
  /** The follow-up text, if one is sent. */
  sms: string;
}

const DAY_MS = 86_400_000;
/** Appointment slots, in UTC hours: 9 am to 4 pm on the US East Coast in winter. */
const SLOT_HOURS = [14, 15, 16, 18, 19, 20];
const slotFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/New_York',
});

const EMERGENCIES = [
  {
    keywords: ['flooding', 'water'],
    line: "Actually, I have a bigger problem right now: there's water flooding my basement and it won't stop.",
    summary: 'water flooding their basement',
  },
  {
    keywords: ['gas leak', 'smell'],
    line: 'Sorry, I need help now. I smell gas in the kitchen, I think there is a gas leak.',
    summary: 'a suspected gas leak at home',
  },
  {
    keywords: ['accident', 'injured'],
    line: "I was just in an accident on the highway, I'm injured and I don't know what to do.",
    summary: 'a car accident with injuries, minutes ago',
  },
] as const;

function nextBusinessSlot(from: number, random: Random): number {
  let day = Math.floor(from / DAY_MS) * DAY_MS + random.int(1, 3) * DAY_MS;
  for (let weekday = new Date(day).getUTCDay(); weekday === 0 || weekday === 6; ) {
    day += DAY_MS;
    weekday = new Date(day).getUTCDay();
  }
  return day + random.pick(SLOT_HOURS) * 3_600_000;
}

const quote = (context: string) => {
  const clipped = context.length > 140 ? `${context.slice(0, 137).trimEnd()}...` : context;
  return clipped.replace(/[.!?]+$/, '');
};

/**
 * Writes a call's conversation.
 * @example writeConversation({ direction: 'outbound', topic: 'appointment', agentName: 'Kai', businessName: 'Smith Law', customerName: 'John Smith', context: null, firstMessage: null, answeredAt: Date.now() }, random)
 */
export function writeConversation(input: ConversationInput, random: Random): Conversation {
  const { agentName: agent, businessName: business, topic } = input;
  const full = input.customerName;
  const first = full ? full.split(/\s+/)[0]! : null;
  const hi = first ? `Hi ${first}` : 'Hi there';
  const caller = full ?? 'the caller';
  const lines: Line[] = [];
  const say = (role: Role, text: string) => lines.push([role, text]);
  const about = input.context
    ? `I have a note here: "${quote(input.context)}". Is that still something you need help with?`
    : random.pick([
        `I'm following up on your recent inquiry with ${business}. Is that still something you need help with?`,
        `You reached out to ${business} recently and I wanted to see how we can help.`,
      ]);

  if (input.direction === 'outbound') {
    say('agent', input.firstMessage ?? `${hi}, this is ${agent} from ${business}. Do you have a minute?`);
    say('customer', random.pick(['Sure, go ahead.', 'Yes, I have a minute.', "Hi, yes. What's this about?"]));
    say('agent', about);
  } else {
    say(
      'agent',
      input.firstMessage ?? `Thanks for calling ${business}, this is ${agent}. How can I help you today?`,
    );
    say(
      'customer',
      random.pick([
        `Hi, this is ${full ?? 'a new client'}. I'd like to talk to someone about my situation.`,
        `Hello, I got your number from a friend and I have a few questions.`,
      ]),
    );
  }

  let summary: string;
  let sentiment: Schemas['Sentiment'] = 'positive';
  let outcome: Schemas['CallOutcome'];
  let keywords: string[] | null = null;
  let appointment: Conversation['appointment'] = null;
  let sms = `${business}: thanks for speaking with ${agent} today. Reply to this text or call us back with any questions.`;
  const what = input.context ? quote(input.context).toLowerCase() : 'their inquiry';

  switch (topic) {
    case 'appointment': {
      const start = nextBusinessSlot(input.answeredAt, random);
      const other = start + random.pick([1, 2]) * 3_600_000;
      const when = slotFormat.format(start);
      say(
        'customer',
        random.pick(['Yes, definitely. Can I come in and talk to someone?', 'Yes. What are the next steps?']),
      );
      say(
        'agent',
        `The best next step is a free consultation. I have ${when} or ${slotFormat.format(other)}. Which works better?`,
      );
      say('customer', random.pick(['The first one works for me.', 'The first time is perfect.']));
      say('agent', `You're booked for ${when}. I'll text a confirmation to this number.`);
      say('customer', random.pick(['Perfect, thank you.', 'Great, thanks so much.']));
      say('agent', `Thank you${first ? `, ${first}` : ''}. Talk soon, goodbye!`);
      appointment = {
        start,
        end: start + 30 * 60_000,
        title: `Consultation with ${full ?? 'new client'}`,
        notes: input.context,
      };
      summary = `${agent} spoke with ${caller} about ${what} and booked a consultation for ${when}.`;
      outcome = 'appointment_booked';
      sms = `${business}: your consultation is confirmed for ${when}. Reply C to cancel.`;
      break;
    }
    case 'information': {
      say(
        'customer',
        random.pick([
          'Yes. How much does it cost, and how long does it take?',
          'What are your hours, and do you handle cases like mine?',
        ]),
      );
      say(
        'agent',
        `Good question. The first consultation is free, and ${business} is open Monday to Friday, 9 to 5. We handle this kind of case every week.`,
      );
      say('customer', 'Okay, that helps. I need to think about it.');
      say('agent', `Of course. I'll text you a summary so you have our details.`);
      say('customer', 'Thanks, bye.');
      summary = `${agent} answered ${caller}'s questions about ${what}: pricing, hours and how ${business} can help.`;
      sentiment = random.pick(['positive', 'neutral'] as const);
      outcome = 'information_provided';
      break;
    }
    case 'callback': {
      say('customer', "Now isn't a great time. Can someone call me back tomorrow afternoon?");
      say('agent', 'Absolutely. Is this the best number to reach you?');
      say('customer', 'Yes, this number is fine.');
      say(
        'agent',
        `Great, we'll call you back tomorrow afternoon. Have a good day${first ? `, ${first}` : ''}!`,
      );
      summary = `${caller} asked for a callback tomorrow afternoon about ${what}.`;
      sentiment = 'neutral';
      outcome = 'callback_requested';
      break;
    }
    case 'not_interested': {
      say(
        'customer',
        random.pick([
          "No, I've already taken care of it, thanks.",
          "I'm not interested anymore, please take me off your list.",
        ]),
      );
      say('agent', "Understood, thanks for letting me know. We won't call again about this.");
      say('customer', 'Thanks. Bye.');
      summary = `${caller} is no longer interested in ${what}; no further contact requested.`;
      sentiment = random.pick(['neutral', 'negative'] as const);
      outcome = 'not_interested';
      break;
    }
    case 'emergency': {
      const emergency = random.pick(EMERGENCIES);
      say('customer', emergency.line);
      say(
        'agent',
        "I'm sorry, that sounds serious. If anyone is in danger, please hang up and call 911 now. I'm flagging this as urgent for our team.",
      );
      say('customer', 'Okay. Please have someone call me right away.');
      say('agent', 'Someone from our team will call you back within minutes. Stay safe.');
      keywords = [...emergency.keywords];
      summary = `Emergency: ${caller} reported ${emergency.summary}. Flagged for an urgent callback.`;
      sentiment = 'negative';
      outcome = 'emergency';
      break;
    }
  }
  return { lines, summary, sentiment, outcome, keywords, appointment, sms };
}

/** The message an agent leaves on an answering machine. */
export function voicemailMessage(
  input: Pick<ConversationInput, 'agentName' | 'businessName' | 'customerName'>,
) {
  const first = input.customerName?.split(/\s+/)[0];
  return `Hi${first ? ` ${first}` : ''}, this is ${input.agentName} from ${input.businessName}. I'm calling about your recent inquiry. Please call us back or reply to our text when you have a moment. Thank you!`;
}

/** What a caller says on the business's voicemail after a missed inbound call. */
export function callerVoicemail(name: string | null, random: Random): string {
  const who = name ? `this is ${name.split(/\s+/)[0]}` : "I'm a new client";
  return random.pick([
    `Hi, ${who}. I'd like to schedule a consultation, please call me back when you can.`,
    `Hello, ${who}. I have a question about my case, please give me a call back.`,
    `Hi, ${who}, my basement is flooding and I need someone today. Please call me back.`,
  ]);
}

/** The text sent after a missed inbound call, so the caller is not lost. */
export const missedCallText = (business: string) =>
  `${business}: sorry we missed your call! How can we help? Reply here and we'll get right back to you.`;

/** Quality scores for the analysis, by how well the topic usually goes. */
export function qualityScores(topic: Topic | 'voicemail', random: Random): Schemas['QualityDimensions'] {
  const base =
    topic === 'appointment' ? 88 : topic === 'not_interested' ? 75 : topic === 'voicemail' ? 80 : 82;
  const score = () => Math.min(100, base + random.int(-6, 10));
  return {
    professionalism: score(),
    empathy: score(),
    information_gathering: score(),
    resolution: score(),
  };
}
