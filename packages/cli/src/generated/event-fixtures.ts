// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { EventType } from './events.js';

/** One realistic payload per event type, as on the wire: the first example of its schema in the spec. */
export const eventFixtures: Record<EventType, { id: string; type: EventType; created_at: string; data: unknown }> = {
  "call.queued": {
    "id": "evt_2Dq8wN4v00",
    "type": "call.queued",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "queued",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": null,
      "transcript": null,
      "summary": null,
      "recording_url": null,
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": null,
      "ended_reason": null,
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": null,
      "answered_at": null,
      "ended_at": null
    }
  },
  "call.started": {
    "id": "evt_2Dq8wN4v01",
    "type": "call.started",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "ringing",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": null,
      "transcript": null,
      "summary": null,
      "recording_url": null,
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": null,
      "ended_reason": null,
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": null,
      "ended_at": null
    }
  },
  "call.answered": {
    "id": "evt_2Dq8wN4v02",
    "type": "call.answered",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "in-progress",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": null,
      "transcript": null,
      "summary": null,
      "recording_url": null,
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": null,
      "ended_reason": null,
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": "2026-02-15T14:30:06Z",
      "ended_at": null
    }
  },
  "call.ended": {
    "id": "evt_2Dq8wN4v20",
    "type": "call.ended",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_8Nf3kL6wZm",
      "status": "completed",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": 127,
      "transcript": null,
      "summary": null,
      "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": null,
      "ended_reason": "customer_hangup",
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": "2026-02-15T14:30:06Z",
      "ended_at": "2026-02-15T14:32:13Z"
    }
  },
  "call.completed": {
    "id": "evt_2Dq8wN4v03",
    "type": "call.completed",
    "created_at": "2026-02-15T14:32:17Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "completed",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": 127,
      "transcript": [
        {
          "role": "agent",
          "text": "Hey John, this is Kai from Smith Law. Do you have a minute?",
          "offset_ms": 500
        },
        {
          "role": "customer",
          "text": "Sure, go ahead.",
          "offset_ms": 4200
        }
      ],
      "summary": "John was rear-ended last week and wants a consultation; booked for Thursday 10:00.",
      "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
      "sentiment": "positive",
      "quality_dimensions": {
        "professionalism": 92,
        "empathy": 88,
        "information_gathering": 95,
        "resolution": 90
      },
      "outcome": "appointment_booked",
      "ended_reason": "customer_hangup",
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": "2026-02-15T14:30:06Z",
      "ended_at": "2026-02-15T14:32:13Z"
    }
  },
  "call.failed": {
    "id": "evt_2Dq8wN4v04",
    "type": "call.failed",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "no-answer",
      "direction": "outbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125559876",
      "from": "+15125551234",
      "name": "John Smith",
      "context": "Following up on car accident case",
      "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
      "webhook_url": "https://example.com/hooks/kaicalls",
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": null,
      "transcript": null,
      "summary": null,
      "recording_url": null,
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": "no_answer",
      "ended_reason": "no_answer",
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": null,
      "ended_at": "2026-02-15T14:32:13Z"
    }
  },
  "call.missed": {
    "id": "evt_2Dq8wN4v05",
    "type": "call.missed",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "call_8fK2pQ7vN3",
      "conversation_id": "conv_7hm3qr9twz",
      "status": "no-answer",
      "direction": "inbound",
      "agent_id": "agt_4Vd9kQ2mXp",
      "agent_name": "Kai",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "run_id": null,
      "to": "+15125551234",
      "from": "+15125559876",
      "name": "John Smith",
      "context": null,
      "first_message": null,
      "webhook_url": null,
      "max_duration": 600,
      "metadata": {
        "crm_ticket": "T-4821"
      },
      "variables": {
        "name": "John",
        "lead_score": 82,
        "lead_status": "qualified",
        "interaction_count": 3,
        "lead_source": "web form",
        "business_name": "Smith Law",
        "time_of_day": "afternoon"
      },
      "duration": null,
      "transcript": null,
      "summary": null,
      "recording_url": null,
      "sentiment": null,
      "quality_dimensions": null,
      "outcome": "missed",
      "ended_reason": "no_answer",
      "created_at": "2026-02-15T14:30:00Z",
      "started_at": "2026-02-15T14:30:00.500Z",
      "answered_at": null,
      "ended_at": "2026-02-15T14:32:13Z"
    }
  },
  "voicemail.received": {
    "id": "evt_2Dq8wN4v06",
    "type": "voicemail.received",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "call_id": "call_8fK2pQ7vN3",
      "from": "+15125559876",
      "duration": 24,
      "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
      "transcription": "Hi, this is John, my basement is flooding, please call me back."
    }
  },
  "transcript.ready": {
    "id": "evt_2Dq8wN4v07",
    "type": "transcript.ready",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "call_id": "call_8fK2pQ7vN3",
      "duration": 127,
      "transcript": [
        {
          "role": "agent",
          "text": "Hey John, this is Kai from Smith Law. Do you have a minute?",
          "offset_ms": 500
        },
        {
          "role": "customer",
          "text": "Sure, go ahead.",
          "offset_ms": 4200
        }
      ]
    }
  },
  "analysis.complete": {
    "id": "evt_2Dq8wN4v08",
    "type": "analysis.complete",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "call_id": "call_8fK2pQ7vN3",
      "summary": "Confirmed a consultation with John for tomorrow at 2pm.",
      "sentiment": "positive",
      "quality_dimensions": {
        "professionalism": 92,
        "empathy": 88,
        "information_gathering": 95,
        "resolution": 90
      },
      "outcome": "appointment_booked"
    }
  },
  "appointment.booked": {
    "id": "evt_2Dq8wN4v09",
    "type": "appointment.booked",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "apt_3Gh6tY9pVe",
      "business_id": "biz_7Tn3wR8cLs",
      "lead_id": "lead_5Rb7nM2xKw",
      "call_id": "call_8fK2pQ7vN3",
      "title": "Consultation with John Smith",
      "notes": "Car accident case",
      "start_time": "2026-02-16T14:00:00Z",
      "end_time": "2026-02-16T14:30:00Z",
      "status": "scheduled",
      "created_at": "2026-02-15T14:32:13Z",
      "updated_at": "2026-02-15T14:32:13Z"
    }
  },
  "emergency.detected": {
    "id": "evt_2Dq8wN4v10",
    "type": "emergency.detected",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "call_id": "call_8fK2pQ7vN3",
      "lead_id": "lead_5Rb7nM2xKw",
      "keywords": [
        "flooding",
        "burst pipe"
      ],
      "summary": "Caller reports a burst pipe flooding the basement."
    }
  },
  "sms.sent": {
    "id": "evt_2Dq8wN4v11",
    "type": "sms.sent",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "sms_4Ht7cV2nPq",
      "business_id": "biz_7Tn3wR8cLs",
      "call_id": "call_8fK2pQ7vN3",
      "lead_id": "lead_5Rb7nM2xKw",
      "conversation_id": "conv_8Nf3kL6wZm",
      "direction": "outbound",
      "from": "+15125551234",
      "to": "+15125559876",
      "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
      "status": "sent",
      "error": null,
      "created_at": "2026-02-15T14:32:20Z",
      "sent_at": "2026-02-15T14:32:21Z",
      "delivered_at": null
    }
  },
  "sms.delivered": {
    "id": "evt_2Dq8wN4v12",
    "type": "sms.delivered",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "sms_4Ht7cV2nPq",
      "business_id": "biz_7Tn3wR8cLs",
      "call_id": "call_8fK2pQ7vN3",
      "lead_id": "lead_5Rb7nM2xKw",
      "conversation_id": "conv_8Nf3kL6wZm",
      "direction": "outbound",
      "from": "+15125551234",
      "to": "+15125559876",
      "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
      "status": "delivered",
      "error": null,
      "created_at": "2026-02-15T14:32:20Z",
      "sent_at": "2026-02-15T14:32:21Z",
      "delivered_at": "2026-02-15T14:32:24Z"
    }
  },
  "sms.failed": {
    "id": "evt_2Dq8wN4v13",
    "type": "sms.failed",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "sms_4Ht7cV2nPq",
      "business_id": "biz_7Tn3wR8cLs",
      "call_id": "call_8fK2pQ7vN3",
      "lead_id": "lead_5Rb7nM2xKw",
      "conversation_id": "conv_8Nf3kL6wZm",
      "direction": "outbound",
      "from": "+15125551234",
      "to": "+15125559876",
      "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
      "status": "failed",
      "error": "30006: landline or unreachable carrier",
      "created_at": "2026-02-15T14:32:20Z",
      "sent_at": "2026-02-15T14:32:21Z",
      "delivered_at": null
    }
  },
  "run.started": {
    "id": "evt_2Dq8wN4v14",
    "type": "run.started",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "run_9Lc2vX7nHf",
      "name": "February outreach",
      "status": "running",
      "agent_id": "agt_4Vd9kQ2mXp",
      "context": "Offer a free consultation this month.",
      "timezone": "America/Chicago",
      "call_window": {
        "start": "09:00",
        "end": "17:00",
        "days": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri"
        ]
      },
      "schedule": {
        "start_at": "2026-02-16T14:00:00Z"
      },
      "max_concurrent_calls": 3,
      "progress": {
        "total": 2,
        "pending": 2,
        "in_progress": 0,
        "completed": 0,
        "failed": 0,
        "canceled": 0
      },
      "metadata": {},
      "created_at": "2026-02-15T18:00:00Z",
      "started_at": "2026-02-16T15:00:00Z",
      "completed_at": null,
      "canceled_at": null
    }
  },
  "run.paused": {
    "id": "evt_2Dq8wN4v15",
    "type": "run.paused",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "run_9Lc2vX7nHf",
      "name": "February outreach",
      "status": "paused",
      "agent_id": "agt_4Vd9kQ2mXp",
      "context": "Offer a free consultation this month.",
      "timezone": "America/Chicago",
      "call_window": {
        "start": "09:00",
        "end": "17:00",
        "days": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri"
        ]
      },
      "schedule": {
        "start_at": "2026-02-16T14:00:00Z"
      },
      "max_concurrent_calls": 3,
      "progress": {
        "total": 2,
        "pending": 0,
        "in_progress": 1,
        "completed": 1,
        "failed": 0,
        "canceled": 0
      },
      "metadata": {},
      "created_at": "2026-02-15T18:00:00Z",
      "started_at": "2026-02-16T15:00:00Z",
      "completed_at": null,
      "canceled_at": null
    }
  },
  "run.resumed": {
    "id": "evt_2Dq8wN4v16",
    "type": "run.resumed",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "run_9Lc2vX7nHf",
      "name": "February outreach",
      "status": "running",
      "agent_id": "agt_4Vd9kQ2mXp",
      "context": "Offer a free consultation this month.",
      "timezone": "America/Chicago",
      "call_window": {
        "start": "09:00",
        "end": "17:00",
        "days": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri"
        ]
      },
      "schedule": {
        "start_at": "2026-02-16T14:00:00Z"
      },
      "max_concurrent_calls": 3,
      "progress": {
        "total": 2,
        "pending": 0,
        "in_progress": 1,
        "completed": 1,
        "failed": 0,
        "canceled": 0
      },
      "metadata": {},
      "created_at": "2026-02-15T18:00:00Z",
      "started_at": "2026-02-16T15:00:00Z",
      "completed_at": null,
      "canceled_at": null
    }
  },
  "run.completed": {
    "id": "evt_2Dq8wN4v17",
    "type": "run.completed",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "run_9Lc2vX7nHf",
      "name": "February outreach",
      "status": "completed",
      "agent_id": "agt_4Vd9kQ2mXp",
      "context": "Offer a free consultation this month.",
      "timezone": "America/Chicago",
      "call_window": {
        "start": "09:00",
        "end": "17:00",
        "days": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri"
        ]
      },
      "schedule": {
        "start_at": "2026-02-16T14:00:00Z"
      },
      "max_concurrent_calls": 3,
      "progress": {
        "total": 2,
        "pending": 0,
        "in_progress": 0,
        "completed": 2,
        "failed": 0,
        "canceled": 0
      },
      "metadata": {},
      "created_at": "2026-02-15T18:00:00Z",
      "started_at": "2026-02-16T15:00:00Z",
      "completed_at": "2026-02-16T15:04:10Z",
      "canceled_at": null
    }
  },
  "run.canceled": {
    "id": "evt_2Dq8wN4v18",
    "type": "run.canceled",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "id": "run_9Lc2vX7nHf",
      "name": "February outreach",
      "status": "canceled",
      "agent_id": "agt_4Vd9kQ2mXp",
      "context": "Offer a free consultation this month.",
      "timezone": "America/Chicago",
      "call_window": {
        "start": "09:00",
        "end": "17:00",
        "days": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri"
        ]
      },
      "schedule": {
        "start_at": "2026-02-16T14:00:00Z"
      },
      "max_concurrent_calls": 3,
      "progress": {
        "total": 2,
        "pending": 0,
        "in_progress": 1,
        "completed": 1,
        "failed": 0,
        "canceled": 0
      },
      "metadata": {},
      "created_at": "2026-02-15T18:00:00Z",
      "started_at": "2026-02-16T15:00:00Z",
      "completed_at": null,
      "canceled_at": "2026-02-16T15:02:00Z"
    }
  },
  "webhook.test": {
    "id": "evt_2Dq8wN4v19",
    "type": "webhook.test",
    "created_at": "2026-02-15T14:32:13Z",
    "data": {
      "webhook_id": "whk_1Pz5rK8mTy",
      "message": "This is a test event from KaiCalls."
    }
  }
};
