using Commissioning.Domain.Common;

namespace Commissioning.Domain.Organisations;

/// <summary>
/// A Local Safeguarding Children Board. Providers belong to one or more; reviews have a lead
/// LSCB and, for an out-of-county child, a second one (DOR 4.16).
/// </summary>
public sealed class Lscb : AggregateRoot
{
    private Lscb() { Name = Area = string.Empty; }

    private Lscb(Guid id, string name, string area) : base(id)
    {
        Name = name;
        Area = area;
    }

    public string Name { get; private set; }

    /// <summary>The local-authority area the board covers, e.g. "Bournemouth and Poole".</summary>
    public string Area { get; private set; }

    public static Result<Lscb> Create(Guid id, string name, string area, Actor actor) =>
        actor.Require("register an LSCB", Role.QualityTeam)
            .Then(() => Validate(name, area))
            .Map(() => new Lscb(id, name.Trim(), area.Trim()));

    public Result Rename(string name, string area, Actor actor)
    {
        var check = actor.Require("change an LSCB", Role.QualityTeam).Then(() => Validate(name, area));
        if (check.IsFailure)
        {
            return check;
        }
        Name = name.Trim();
        Area = area.Trim();
        Touch();
        return Result.Success();
    }

    private static Result Validate(string name, string area) =>
        Result.FirstFailure(Text.Required(name, "name"), Text.Required(area, "area"));
}
