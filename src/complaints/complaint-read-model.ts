import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Complaint, ComplaintStep } from '../entities';
import { calendarOfRequest } from '../workflow/calendar';
import { chinaToday } from '../workflow/working-day-calendar';
import { complaintFacts } from './complaint.commands';
import type { ComplaintType } from '../resolvers/complaints/complaint.types';

/** Complaints as shown, with their steps: two statements whatever the number (steps loaded together), one calendar. */
export async function loadComplaints(em: EntityManager, where: FilterQuery<Complaint>, now: Date, limit = 100): Promise<ComplaintType[]> {
  const complaints = await em.find(Complaint, where, { populate: ['society', 'concernsRegistration'], orderBy: { createdAt: 'desc', id: 'asc' }, limit });
  if (complaints.length === 0) return [];
  const steps = await em.find(ComplaintStep, { complaint: { $in: complaints.map((c) => c.id) } }, { populate: ['actor'], orderBy: { complaint: 'asc', seq: 'asc' } });
  const calendar = await calendarOfRequest(em);
  const today = chinaToday(now);
  return complaints.map((complaint) => {
    const facts = complaintFacts(complaint);
    const end = complaint.feedbackOn ?? today;
    return {
      complaintFacts: facts, id: complaint.id, kind: complaint.kind, handler: complaint.handler, status: complaint.status, round: complaint.round,
      societyCode: complaint.society?.code ?? null, applicationId: complaint.application?.id ?? null, decisionEventId: complaint.decisionEvent?.id ?? null,
      concernsRegistrationNumber: complaint.concernsRegistration?.registrationNumber ?? null, subject: complaint.subject, content: complaint.content,
      receivedOn: complaint.receivedOn, targetWorkingDays: complaint.targetWorkingDays, dueOn: complaint.dueOn,
      workingDaysTaken: end <= complaint.receivedOn ? 0 : calendar.workingDaysBetween(complaint.receivedOn, end),
      overdue: end > complaint.dueOn, outcome: complaint.outcome ?? null, feedback: complaint.feedback ?? null, feedbackOn: complaint.feedbackOn ?? null,
      complainant: {
        complaintFacts: facts, id: `${complaint.id}:complainant`, name: complaint.complainantName ?? null, email: complaint.complainantEmail ?? null, contact: complaint.contact ?? null,
      },
      steps: steps.filter((step) => step.complaint.id === complaint.id).map((step) => ({
        complaintFacts: facts, id: step.id, round: step.round, handler: step.handler, action: step.action, at: step.at, note: step.note,
        evidence: step.evidence ?? null, actorName: step.actor?.displayName ?? null,
      })),
    };
  });
}
