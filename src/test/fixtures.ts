import type { SetCallbackData } from '../protocol/outgoing';
import type { CallbackFormValues } from '../callback/form-values';
import { agentZone } from '../time/zoned-time';

/** The data of the SPEC §2 sample message: the one wire fixture the tests share. */
export const SAMPLE_CALLBACK_DATA: SetCallbackData = {
  callid: '12345',
  AccountNumber: '5|3|1|0|0|44|1',
  StartDate: '03/07/2020',
  EndDate: '03/07/2020',
  StartTime: '13:45',
  EndTime: '14:45',
  CallbackModeId: 1,
  UserID: 'testagent',
  AgentComments: 'Test comment',
  LeadScore: 0,
  TargetAmount: 0,
};

/** A valid form for the call of the sample message (dates far enough ahead for a fixed clock), customer in the agent's zone. */
export const SAMPLE_FORM_VALUES: CallbackFormValues = {
  callid: '12345',
  customerZone: agentZone(),
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  startDate: '2026-06-11',
  startTime: '13:45',
  endDate: '2026-06-11',
  endTime: '14:45',
  modeId: '3',
  callbackType: 'regular',
  leadScore: '0',
  targetAmount: '0',
  comments: 'Test comment',
};
