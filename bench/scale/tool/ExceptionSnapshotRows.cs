using System.Globalization;
using System.Text.Json;
using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>
/// The exception engine's input (<see cref="ExceptionSnapshot"/>) for every provider, read with hand-written SQL:
/// one statement per table, only the columns the fourteen detectors read, and only rows they can use (submitted
/// indicator returns, and scrutinies of progress updates: no detector reads an unsubmitted return or a plan's own
/// scrutiny, which the plan's status history already records). Rows are attached to their parents by id as they stream in. Column formats are those the API's EF mapping writes: ids as
/// upper-case text, dates as ISO text, enums by member name, quarters as ordinals, owned lists as JSON.
/// </summary>
internal static class ExceptionSnapshotRows
{
    public static ExceptionSnapshot Load(SqliteConnection connection)
    {
        var providers = new List<Provider>();
        Read(connection, "SELECT Id, Name FROM Providers", r =>
        {
            var provider = Restore.NewProvider();
            Restore.EntityId(provider, Id(r, 0));
            Restore.ProviderName(provider, r.GetString(1));
            providers.Add(provider);
        });

        var contracts = new List<Contract>();
        var contractsById = new Dictionary<Guid, Contract>();
        Read(connection, "SELECT Id, ProviderId, Reference, StartDate, EndDate FROM Contracts", r =>
        {
            var contract = Restore.NewContract();
            Restore.EntityId(contract, Id(r, 0));
            Restore.ContractProvider(contract, Id(r, 1));
            Restore.ContractReference(contract, r.GetString(2));
            Restore.ContractStart(contract, Date(r, 3));
            Restore.ContractEnd(contract, Date(r, 4));
            contracts.Add(contract);
            contractsById[contract.Id] = contract;
        });

        var schedules = new Dictionary<Guid, Section11Schedule>();
        Read(connection, "SELECT Id, ContractId, ProviderId, ActionPlanCopying_CopyPlans, ActionPlanCopying_CopyUpdates, ActionPlanCopying_Recipient, ActionPlanCopying_AgreedOn FROM Section11Schedules", r =>
        {
            var schedule = Restore.NewSchedule();
            Restore.EntityId(schedule, Id(r, 0));
            Restore.ScheduleContract(schedule, Id(r, 1));
            Restore.ScheduleProvider(schedule, Id(r, 2));
            if (!r.IsDBNull(3))
                Restore.ScheduleCopying(schedule, new ActionPlanCopyingTerms(r.GetBoolean(3), r.GetBoolean(4), r.GetString(5), Date(r, 6)));
            schedules[schedule.Id] = schedule;
            if (contractsById.TryGetValue(schedule.ContractId, out var contract)) Restore.ContractSchedule(contract, schedule);
        });
        Read(connection, "SELECT ScheduleId, Id, Code, Name FROM Indicators", r =>
        {
            var indicator = Restore.NewIndicator();
            Restore.EntityId(indicator, Id(r, 1));
            Restore.IndicatorCode(indicator, r.GetString(2));
            Restore.IndicatorName(indicator, r.GetString(3));
            Restore.ScheduleIndicators(schedules[Id(r, 0)]).Add(indicator);
        });

        var auditSchedules = new Dictionary<Guid, AuditSchedule>();
        Read(connection, "SELECT Id, ScheduleId, PeriodStart, PeriodEnd FROM AuditSchedules", r =>
        {
            var audits = Restore.NewAuditSchedule();
            Restore.EntityId(audits, Id(r, 0));
            Restore.AuditPeriodStart(audits, Date(r, 2));
            Restore.AuditPeriodEnd(audits, Date(r, 3));
            auditSchedules[audits.Id] = audits;
            Restore.ScheduleAudits(schedules[Id(r, 1)], audits);
        });
        Read(connection, "SELECT AuditScheduleId, Id, Title FROM MandatedIssues", r =>
        {
            var issue = Restore.NewMandatedIssue();
            Restore.EntityId(issue, Id(r, 1));
            Restore.MandatedIssueTitle(issue, r.GetString(2));
            Restore.MandatedIssues(auditSchedules[Id(r, 0)]).Add(issue);
        });
        Read(connection, "SELECT AuditScheduleId, Id, Topic, MandatedIssueId, PlannedQuarter, DueDate, Status, AssuranceLevel, ReportedOn FROM Audits", r =>
        {
            var audit = Restore.NewAudit();
            Restore.EntityId(audit, Id(r, 1));
            Restore.AuditTopic(audit, r.GetString(2));
            Restore.AuditMandatedIssue(audit, r.IsDBNull(3) ? null : Id(r, 3));
            Restore.AuditQuarter(audit, FinancialQuarter.FromOrdinal(r.GetInt32(4)));
            Restore.AuditDue(audit, Date(r, 5));
            Restore.AuditStatusOf(audit, Enum.Parse<AuditStatus>(r.GetString(6)));
            Restore.AuditAssurance(audit, r.IsDBNull(7) ? null : Enum.Parse<AssuranceLevel>(r.GetString(7)));
            Restore.AuditReportedOn(audit, r.IsDBNull(8) ? null : Date(r, 8));
            Restore.Audits(auditSchedules[Id(r, 0)]).Add(audit);
        });

        var returns = new List<IndicatorReturn>();
        Read(connection, "SELECT Id, ScheduleId, ProviderId, Quarter, SubmittedOn, \"Values\" FROM IndicatorReturns WHERE SubmittedOn IS NOT NULL", r =>
        {
            var @return = Restore.NewReturn();
            Restore.EntityId(@return, Id(r, 0));
            Restore.ReturnSchedule(@return, Id(r, 1));
            Restore.ReturnProvider(@return, Id(r, 2));
            Restore.ReturnQuarter(@return, FinancialQuarter.FromOrdinal(r.GetInt32(3)));
            Restore.ReturnSubmittedOn(@return, Date(r, 4));
            if (!r.IsDBNull(5))
            {
                var values = Restore.ReturnValues(@return);
                using var json = JsonDocument.Parse(r.GetString(5));
                foreach (var v in json.RootElement.EnumerateArray())
                {
                    var value = Restore.NewValue();
                    Restore.ValueCode(value, v.GetProperty("IndicatorCode").GetString()!);
                    Restore.ValueUnit(value, Enum.Parse<IndicatorUnit>(v.GetProperty("Unit").GetString()!));
                    Restore.ValueDirection(value, Enum.Parse<IndicatorDirection>(v.GetProperty("Direction").GetString()!));
                    Restore.ValueTarget(value, Decimal(v.GetProperty("Target"))!.Value);
                    Restore.ValueTolerance(value, Decimal(v.GetProperty("AmberTolerance"))!.Value);
                    Restore.ValueValue(value, Decimal(v.GetProperty("Value")));
                    values.Add(value);
                }
            }
            returns.Add(@return);
        });

        var incidents = new List<Incident>();
        Read(connection, "SELECT Id, ExternalReference FROM Incidents", r =>
        {
            var incident = Restore.NewIncident();
            Restore.EntityId(incident, Id(r, 0));
            Restore.IncidentReference(incident, r.GetString(1));
            incidents.Add(incident);
        });

        var reviews = new List<Review>();
        Read(connection, "SELECT Id, Kind, CaseReference, SubjectProviderId, DecisionDate, TargetCompletionDate, CompletedOn, Authors, Extensions FROM Reviews", r =>
        {
            var review = Restore.NewReview();
            Restore.EntityId(review, Id(r, 0));
            Restore.ReviewKindOf(review, Enum.Parse<ReviewKind>(r.GetString(1)));
            Restore.ReviewCase(review, r.GetString(2));
            Restore.ReviewSubject(review, r.IsDBNull(3) ? null : Id(r, 3));
            Restore.ReviewDecided(review, Date(r, 4));
            Restore.ReviewTarget(review, r.IsDBNull(5) ? null : Date(r, 5));
            Restore.ReviewCompleted(review, r.IsDBNull(6) ? null : Date(r, 6));
            if (!r.IsDBNull(7))
            {
                using var json = JsonDocument.Parse(r.GetString(7));
                foreach (var a in json.RootElement.EnumerateArray())
                    Restore.ReviewAuthors(review).Add(new ReviewAuthor(
                        a.GetProperty("PersonKey").GetString()!, a.GetProperty("Name").GetString()!,
                        Enum.Parse<AuthorRole>(a.GetProperty("Role").GetString()!),
                        a.GetProperty("ProviderId").ValueKind == JsonValueKind.Null ? null : a.GetProperty("ProviderId").GetGuid(),
                        a.GetProperty("IndependenceDeclared").GetBoolean(), Instant(a.GetProperty("AppointedAt").GetString()!),
                        a.GetProperty("AppointedByUserId").GetString()!));
            }
            if (!r.IsDBNull(8))
            {
                using var json = JsonDocument.Parse(r.GetString(8));
                foreach (var e in json.RootElement.EnumerateArray())
                    Restore.ReviewExtensions(review).Add(new TimescaleExtension(
                        e.GetProperty("From").ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(e.GetProperty("From").GetString()!, CultureInfo.InvariantCulture),
                        DateOnly.Parse(e.GetProperty("To").GetString()!, CultureInfo.InvariantCulture), e.GetProperty("Reason").GetString()!,
                        Instant(e.GetProperty("AgreedAt").GetString()!), e.GetProperty("AgreedByUserId").GetString()!));
            }
            reviews.Add(review);
        });

        var plans = new List<ActionPlan>();
        var plansById = new Dictionary<string, ActionPlan>(StringComparer.Ordinal);
        Read(connection, "SELECT Id, ProviderId, Source, SourceRecordId, Title, RaisedOn, AccountableManager_Name, AccountableManager_JobTitle, LscbIds, Status, History FROM ActionPlans", r =>
        {
            var plan = Restore.NewPlan();
            Restore.EntityId(plan, Id(r, 0));
            Restore.PlanProvider(plan, Id(r, 1));
            Restore.PlanSource(plan, Enum.Parse<ActionPlanSource>(r.GetString(2)));
            Restore.PlanSourceRecord(plan, Id(r, 3));
            Restore.PlanTitle(plan, r.GetString(4));
            Restore.PlanRaisedOn(plan, Date(r, 5));
            if (!r.IsDBNull(6)) Restore.PlanManager(plan, new AccountableManager(r.GetString(6), r.IsDBNull(7) ? "" : r.GetString(7)));
            using (var lscbs = JsonDocument.Parse(r.GetString(8)))
                foreach (var lscb in lscbs.RootElement.EnumerateArray()) Restore.PlanLscbs(plan).Add(lscb.GetGuid());
            Restore.PlanStatus(plan, Enum.Parse<ActionPlanStatus>(r.GetString(9)));
            if (!r.IsDBNull(10))
            {
                using var history = JsonDocument.Parse(r.GetString(10));
                foreach (var h in history.RootElement.EnumerateArray())
                    Restore.PlanHistory(plan).Add(new PlanStatusChange(
                        h.GetProperty("From").ValueKind == JsonValueKind.Null ? null : Enum.Parse<ActionPlanStatus>(h.GetProperty("From").GetString()!),
                        Enum.Parse<ActionPlanStatus>(h.GetProperty("To").GetString()!), Instant(h.GetProperty("At").GetString()!),
                        h.GetProperty("ByUserId").GetString()!, Enum.Parse<Commissioning.Domain.Common.Role>(h.GetProperty("ByRole").GetString()!)));
            }
            plans.Add(plan);
            plansById[r.GetString(0)] = plan;
        });
        Read(connection, "SELECT ActionPlanId, Id, Description, Owner, DueDate, Status, CompletedOn FROM PlanActions", r =>
        {
            var action = Restore.NewAction();
            Restore.EntityId(action, Id(r, 1));
            Restore.ActionDescription(action, r.GetString(2));
            Restore.ActionOwner(action, r.GetString(3));
            Restore.ActionDue(action, Date(r, 4));
            Restore.ActionStatusOf(action, Enum.Parse<ActionStatus>(r.GetString(5)));
            Restore.ActionCompleted(action, r.IsDBNull(6) ? null : Date(r, 6));
            Restore.PlanActions(plansById[r.GetString(0)]).Add(action);
        });
        Read(connection, "SELECT PlanId, Id, Quarter, Revision, SubmittedAt FROM ProgressUpdates", r =>
        {
            var update = Restore.NewUpdate();
            Restore.EntityId(update, Id(r, 1));
            var plan = plansById[r.GetString(0)];
            Restore.UpdatePlan(update, plan.Id);
            Restore.UpdateQuarter(update, FinancialQuarter.FromOrdinal(r.GetInt32(2)));
            Restore.UpdateRevision(update, r.GetInt32(3));
            Restore.UpdateSubmittedAt(update, Instant(r.GetString(4)));
            Restore.PlanUpdates(plan).Add(update);
        });
        Read(connection, "SELECT ActionPlanId, Id, ProgressUpdateId, ScrutinisedOn FROM Scrutinies WHERE ProgressUpdateId IS NOT NULL", r =>
        {
            var scrutiny = Restore.NewScrutiny();
            Restore.EntityId(scrutiny, Id(r, 1));
            Restore.ScrutinySubjectOf(scrutiny, ScrutinySubject.ProgressUpdate);
            Restore.ScrutinyUpdate(scrutiny, Id(r, 2));
            Restore.ScrutinyOn(scrutiny, Date(r, 3));
            Restore.PlanScrutinies(plansById[r.GetString(0)]).Add(scrutiny);
        });

        return new ExceptionSnapshot
        {
            Providers = providers,
            Contracts = contracts,
            IndicatorReturns = returns,
            Incidents = incidents,
            Reviews = reviews,
            ActionPlans = plans,
        };
    }

    private static void Read(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }

    private static Guid Id(SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    private static DateOnly Date(SqliteDataReader reader, int ordinal) => DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Instants are stored round-trip ("O") with their own offset, which the engine's day-of reading keeps.
    private static DateTimeOffset Instant(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture);

    private static decimal? Decimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => value.GetDecimal(),
    };
}
