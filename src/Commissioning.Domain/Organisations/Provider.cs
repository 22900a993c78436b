using Commissioning.Domain.Common;

namespace Commissioning.Domain.Organisations;

/// <summary>
/// An organisation the CCG commissions services from (DOR App.1 ¶2: "contractor"). Its ODS
/// code is unique across providers; uniqueness spans aggregates, so the caller says whether
/// a code is taken and the provider decides what that means.
/// </summary>
public sealed class Provider : AggregateRoot
{
    private readonly List<Guid> _lscbIds = [];
    private readonly List<SubContractor> _subContractors = [];

    private Provider() { Name = OdsCode = string.Empty; }

    private Provider(Guid id, string name, ProviderType type, string odsCode) : base(id)
    {
        Name = name;
        Type = type;
        OdsCode = odsCode;
    }

    public string Name { get; private set; }

    public ProviderType Type { get; private set; }

    public string OdsCode { get; private set; }

    /// <summary>The LSCB(s) the provider belongs to; an out-of-county host provider may belong to several (DOR 4.16).</summary>
    public IReadOnlyList<Guid> LscbIds => _lscbIds;

    public IReadOnlyList<SubContractor> SubContractors => _subContractors;

    /// <param name="isOdsCodeTaken">Whether another provider already holds the normalised code.</param>
    public static Result<Provider> Register(
        Guid id, string name, ProviderType type, string odsCode, Func<string, bool> isOdsCodeTaken, Actor actor)
    {
        var check = actor.Require("register a provider", Role.QualityTeam)
            .Then(() => Text.Required(name, "name"))
            .Then(() => ValidateType(type));
        if (check.IsFailure)
        {
            return check.Error;
        }
        var code = Organisations.OdsCode.Normalise(odsCode);
        if (code.IsFailure)
        {
            return code.Error;
        }
        if (isOdsCodeTaken(code.Value))
        {
            return CodeTaken(code.Value);
        }
        return new Provider(id, name.Trim(), type, code.Value);
    }

    public Result Update(string name, ProviderType type, string odsCode, Func<string, bool> isOdsCodeTaken, Actor actor)
    {
        var check = actor.Require("change a provider", Role.QualityTeam)
            .Then(() => Text.Required(name, "name"))
            .Then(() => ValidateType(type));
        if (check.IsFailure)
        {
            return check;
        }
        var code = Organisations.OdsCode.Normalise(odsCode);
        if (code.IsFailure)
        {
            return code.Error;
        }
        if (code.Value != OdsCode && isOdsCodeTaken(code.Value))
        {
            return CodeTaken(code.Value);
        }
        Name = name.Trim();
        Type = type;
        OdsCode = code.Value;
        Touch();
        return Result.Success();
    }

    public Result JoinLscb(Guid lscbId, Actor actor)
    {
        var check = actor.Require("change LSCB membership", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        if (_lscbIds.Contains(lscbId))
        {
            return new DomainError(ErrorCodes.Duplicate, "The provider already belongs to that LSCB.", "lscbId");
        }
        _lscbIds.Add(lscbId);
        Touch();
        return Result.Success();
    }

    public Result LeaveLscb(Guid lscbId, Actor actor)
    {
        var check = actor.Require("change LSCB membership", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        if (!_lscbIds.Remove(lscbId))
        {
            return DomainError.NotFound("LSCB membership", lscbId);
        }
        Touch();
        return Result.Success();
    }

    /// <summary>Provider staff record their own sub-contractors; the quality team may too.</summary>
    public Result<SubContractor> AddSubContractor(
        Guid id, string name, string? odsCode, string serviceDescription, Actor actor)
    {
        var check = RequireEditor(actor, "record a sub-contractor")
            .Then(() => Text.Required(name, "name"))
            .Then(() => Text.Required(serviceDescription, "serviceDescription", 1000));
        if (check.IsFailure)
        {
            return check.Error;
        }
        string? code = null;
        if (Text.Clean(odsCode) is { } raw)
        {
            var normalised = Organisations.OdsCode.Normalise(raw);
            if (normalised.IsFailure)
            {
                return normalised.Error;
            }
            code = normalised.Value;
        }
        if (_subContractors.Any(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return new DomainError(ErrorCodes.Duplicate, $"'{name.Trim()}' is already a sub-contractor of {Name}.", "name");
        }
        var sub = new SubContractor(id, name.Trim(), code, serviceDescription.Trim(), null);
        _subContractors.Add(sub);
        Touch();
        return sub;
    }

    /// <summary>Records that the sub-contract now binds the sub-contractor to the duties (DOR App.1 ¶2).</summary>
    public Result ConfirmDutiesFlowedDown(Guid subContractorId, IClock clock, Actor actor)
    {
        var check = RequireEditor(actor, "confirm a sub-contractor's duties");
        if (check.IsFailure)
        {
            return check;
        }
        var sub = _subContractors.Find(s => s.Id == subContractorId);
        if (sub is null)
        {
            return DomainError.NotFound("Sub-contractor", subContractorId);
        }
        sub.ConfirmDutiesFlowedDown(clock.Today);
        Touch();
        return Result.Success();
    }

    public Result RemoveSubContractor(Guid subContractorId, Actor actor)
    {
        var check = RequireEditor(actor, "remove a sub-contractor");
        if (check.IsFailure)
        {
            return check;
        }
        if (_subContractors.RemoveAll(s => s.Id == subContractorId) == 0)
        {
            return DomainError.NotFound("Sub-contractor", subContractorId);
        }
        Touch();
        return Result.Success();
    }

    /// <summary>Voluntary-sector providers may be assessed against the Luton 9 Standards instead (LUT-VS Part Two).</summary>
    public bool MayUseLutonStandards => Type == ProviderType.Voluntary;

    private Result RequireEditor(Actor actor, string action) =>
        actor.Role == Role.QualityTeam || actor.WorksFor(Id)
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"{actor.Role.ToClaim()} may not {action} for this provider.");

    private static Result ValidateType(ProviderType type) =>
        Enum.IsDefined(type) ? Result.Success() : DomainError.Validation($"Unknown provider type {type}.", "type");

    private static DomainError CodeTaken(string code) =>
        new(ErrorCodes.Duplicate, $"Another provider already has ODS code {code}.", "odsCode");
}
