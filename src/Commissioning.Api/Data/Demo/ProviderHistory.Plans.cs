using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// One action plan's life (DOR 4.17-4.20): raised, submitted, scrutinised (perhaps sent back),
/// accepted, sent to the LSCB, implemented with an update every quarter (some late, some
/// missing, some corrected), completed and closed. Events run in date order until the as-of date.
/// </summary>
internal sealed partial class ProviderHistory
{
    private readonly PriorityQueue<Action, (int Day, int Sequence)> _events = new();
    private int _eventSequence;

    /// <summary>Raises a plan on <paramref name="raisedOn"/> and plays it forward; null if it would be raised after the as-of date.</summary>
    private ActionPlan? RaisePlan(ActionPlanSource source, Guid sourceRecordId, string subject, DateOnly raisedOn, PlanFate? fate = null, bool byCommissioner = false)
    {
        if (!Happened(raisedOn))
        {
            return null;
        }
        fate ??= NaturalFate();
        var author = byCommissioner ? DemoCast.QualityTeam : _staff;
        var lscbs = _portfolio.Provider.LscbIds.Count > 1 && Chance(0.3)
            ? _portfolio.Provider.LscbIds.Take(2).ToList()
            : [_portfolio.Provider.LscbIds[0]];
        At(raisedOn);
        var plan = Ok(ActionPlan.Raise(author, _portfolio.Provider.Id, source, sourceRecordId, PlanWording.Title(source, subject), raisedOn, lscbs, _clock), "raise plan");
        _portfolio.ActionPlans.Add(plan);
        if (!fate.WithoutManager)
        {
            Ok(plan.AppointAccountableManager(author, DemoNames.Person(_random), DemoNames.Pick(_random, DemoNames.SeniorJobTitles)), "appoint manager");
        }
        var completions = AddActions(plan, author, raisedOn, fate);
        new PlanRun(this, plan, author, fate, completions).Start();
        return plan;
    }

    private PlanFate NaturalFate()
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.015 => new PlanFate(StopAt: ActionPlanStatus.Draft),
            < 0.03 => new PlanFate(StopAt: ActionPlanStatus.Submitted),
            < 0.045 => new PlanFate(StopAt: ActionPlanStatus.RevisionRequested),
            < 0.06 => new PlanFate(StopAt: ActionPlanStatus.Accepted),
            _ => PlanFate.Normal,
        };
    }

    /// <summary>Adds 2-5 actions and decides when each will really be done (null: not before the as-of date).</summary>
    private Dictionary<Guid, DateOnly?> AddActions(ActionPlan plan, Actor author, DateOnly raisedOn, PlanFate fate)
    {
        var completions = new Dictionary<Guid, DateOnly?>();
        var count = _random.Next(2, 6);
        var categories = Enum.GetValues<ActionCategory>();
        for (var i = 0; i < count; i++)
        {
            var category = categories[_random.Next(categories.Length)];
            var (description, outcome, review) = PlanWording.ActionFor(category, _random);
            var due = raisedOn.AddDays(_random.Next(45, 270));
            DateOnly? done;
            if (i == 0 && fate.OverdueAction)
            {
                due = raisedOn.AddDays(45);
                done = null;
            }
            else if (i == 0 && fate.KeepOpen)
            {
                due = _asOf.AddDays(_random.Next(60, 200));
                done = null;
            }
            else
            {
                var roll = _random.NextDouble();
                done = fate.OnTime || roll < 0.7 + _quality * 0.2 ? due.AddDays(-_random.Next(0, 40))
                    : roll < 0.97 ? due.AddDays(_random.Next(10, 150))
                    : null;
                if (done < raisedOn.AddDays(7))
                {
                    done = raisedOn.AddDays(7);
                }
            }
            var details = new PlanActionDetails(description, DemoNames.Pick(_random, DemoNames.Owners), due, outcome, review, category);
            var action = Ok(plan.AddAction(author, details), "add action");
            completions[action.Id] = done;
        }
        return completions;
    }

    private void Schedule(DateOnly day, Action happen) => _events.Enqueue(happen, (day.DayNumber, _eventSequence++));

    /// <summary>Runs queued events in date order, each with the clock at its day, up to the as-of date.</summary>
    private void RunEvents()
    {
        while (_events.TryDequeue(out var happen, out var when))
        {
            var day = DateOnly.FromDayNumber(when.Day);
            if (!Happened(day))
            {
                _events.Clear();
                break;
            }
            At(day);
            happen();
        }
    }

    /// <summary>The state of one plan's simulation; its events read and change the plan through the domain only.</summary>
    private sealed class PlanRun(ProviderHistory h, ActionPlan plan, Actor author, PlanFate fate, Dictionary<Guid, DateOnly?> completions)
    {
        private int _revisions;
        private bool _completionScheduled;

        public void Start()
        {
            if (fate.StopAt != ActionPlanStatus.Draft)
            {
                h.Schedule(plan.RaisedOn.AddDays(h._random.Next(2, 15)), Submit);
                var first = FinancialQuarter.FromDate(plan.RaisedOn);
                h.Schedule(UpdateDay(first), () => Update(first));
            }
            h.RunEvents();
        }

        private Actor Nurse => h.Chance(0.7) ? DemoCast.DesignatedNurse : DemoCast.DeputyDesignatedNurse;

        private DateOnly Today => h._clock.Today;

        private void Submit()
        {
            h.Ok(fate.WithoutManager ? plan.SubmitImported(DemoCast.QualityTeam, h._clock) : plan.Submit(author, h._clock), "submit plan");
            if (fate.StopAt != ActionPlanStatus.Submitted)
            {
                h.Schedule(h.WorkingDaysAfter(Today, h.Chance(0.1) ? h._random.Next(21, 35) : h._random.Next(3, 18)), Scrutinise);
            }
        }

        private void Scrutinise()
        {
            var sendBack = fate.StopAt == ActionPlanStatus.RevisionRequested && _revisions == 0 || _revisions == 0 && h.Chance(0.25);
            if (sendBack)
            {
                _revisions++;
                h.Ok(plan.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, DemoNames.Pick(h._random, PlanWording.PlanAdviceRevision), Today, h._clock), "request revision");
                if (fate.StopAt != ActionPlanStatus.RevisionRequested)
                {
                    h.Schedule(h.WorkingDaysAfter(Today, h._random.Next(4, 19)), Resubmit);
                }
                return;
            }
            h.Ok(plan.ScrutinisePlan(Nurse, ScrutinyOutcome.Accepted, DemoNames.Pick(h._random, PlanWording.PlanAdviceAccepted), Today, h._clock), "accept plan");
            if (fate.StopAt != ActionPlanStatus.Accepted)
            {
                h.Schedule(h.WorkingDaysAfter(Today, h.Chance(0.05) ? h._random.Next(22, 40) : h._random.Next(2, 15)), SubmitToLscb);
            }
        }

        private void Resubmit()
        {
            var action = plan.Actions[0];
            var details = new PlanActionDetails(
                action.Description + " (revised after scrutiny)", action.Owner, action.DueDate, action.IntendedOutcome, action.HowReviewed, action.Category);
            h.Ok(plan.AmendAction(author, action.Id, details), "amend action");
            Submit();
        }

        private void SubmitToLscb()
        {
            h.Ok(plan.SubmitToLscb(author, plan.LscbIds, h._clock), "submit to LSCB");
            if (fate.StopAt != ActionPlanStatus.SubmittedToLscb)
            {
                h.Schedule(Today.AddDays(h._random.Next(1, 10)), StartImplementation);
            }
        }

        private void StartImplementation()
        {
            h.Ok(plan.StartImplementation(author, h._clock), "start implementation");
            ScheduleCompletionIfDone();
        }

        private DateOnly UpdateDay(FinancialQuarter quarter) =>
            quarter.End.AddDays(h.Chance(0.12 * (1.5 - h._quality)) ? h._random.Next(16, 45) : h._random.Next(3, 15));

        private void Update(FinancialQuarter quarter)
        {
            if (plan.Status == ActionPlanStatus.Closed)
            {
                return;
            }
            if (plan.Status == ActionPlanStatus.Draft)
            {
                // Not yet submitted, so nothing to report on; the provider reports once it is.
                h.Schedule(Today.AddDays(5), () => Update(quarter));
                return;
            }
            var lastClosed = h._currentQuarter.Previous();
            var skip = fate.SkipLastClosedQuarter ? quarter == lastClosed : h.Chance(0.02 + (1 - h._quality) * 0.04);
            if (!skip)
            {
                SubmitUpdate(quarter, correction: false);
            }
            var next = quarter.Next();
            h.Schedule(UpdateDay(next), () => Update(next));
        }

        private void SubmitUpdate(FinancialQuarter quarter, bool correction)
        {
            if (!plan.IsOpen)
            {
                return;
            }
            var entries = plan.Actions.Select(a =>
            {
                var status = completions[a.Id] is { } done && done <= Today ? ActionStatus.Complete
                    : Today >= plan.RaisedOn.AddDays(30) ? ActionStatus.InProgress
                    : ActionStatus.NotStarted;
                return new ActionProgress(
                    a.Id,
                    status,
                    PlanWording.Narrative(status),
                    status == ActionStatus.Complete ? completions[a.Id] : null,
                    status == ActionStatus.Complete ? "Evidence sent to the Designated Nurse." : null);
            }).ToList();
            var complete = entries.Count(e => e.Status == ActionStatus.Complete);
            var overall = PlanWording.Overall(complete, entries.Count);
            if (correction)
            {
                overall = "Correction to the update sent earlier this quarter: " + overall;
            }
            var submitter = h.Chance(0.1) ? DemoCast.QualityTeam : author;
            h.Ok(plan.SubmitProgressUpdate(submitter, quarter, entries, overall, h._clock), "progress update");
            if (!correction && h.Chance(0.07))
            {
                h.Schedule(Today.AddDays(h._random.Next(2, 20)), () => SubmitUpdate(quarter, correction: true));
            }
            if (h.Chance(0.97))
            {
                h.Schedule(h.WorkingDaysAfter(Today, h.Chance(0.1) ? h._random.Next(21, 40) : h._random.Next(3, 18)), () => ScrutiniseUpdate(quarter));
            }
            ScheduleCompletionIfDone();
        }

        private void ScrutiniseUpdate(FinancialQuarter quarter)
        {
            var latest = plan.LatestUpdateFor(quarter)!;
            if (plan.ScrutiniesOf(latest.Id).Count > 0)
            {
                return;
            }
            var roll = h._random.NextDouble();
            var outcome = roll < 0.7 ? ScrutinyOutcome.Noted : roll < 0.95 ? ScrutinyOutcome.Accepted : ScrutinyOutcome.RevisionRequested;
            h.Ok(plan.ScrutiniseUpdate(Nurse, latest.Id, outcome, DemoNames.Pick(h._random, PlanWording.UpdateAdvice), Today, h._clock), "scrutinise update");
        }

        private void ScheduleCompletionIfDone()
        {
            if (_completionScheduled || plan.Status != ActionPlanStatus.InProgress || plan.Actions.Any(a => !a.IsComplete))
            {
                return;
            }
            _completionScheduled = true;
            h.Schedule(Today.AddDays(h._random.Next(1, 8)), Complete);
        }

        private void Complete()
        {
            h.Ok(plan.MarkCompleted(author, h._clock), "complete plan");
            if (fate.StopAt != ActionPlanStatus.Completed)
            {
                h.Schedule(Today.AddDays(h._random.Next(10, 45)), () => h.Ok(plan.Close(h.Chance(0.5) ? DemoCast.QualityTeam : DemoCast.DesignatedNurse, h._clock), "close plan"));
            }
        }
    }
}
