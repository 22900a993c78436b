namespace Commissioning.Domain.Common;

/// <summary>Something with an identity that outlives changes to its data.</summary>
public abstract class Entity
{
    protected Entity() { }

    protected Entity(Guid id)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An entity needs a non-empty id.", nameof(id));
        }
        Id = id;
    }

    public Guid Id { get; private set; }

    public override bool Equals(object? obj) =>
        obj is Entity other && other.GetType() == GetType() && other.Id == Id && Id != Guid.Empty;

    public override int GetHashCode() => HashCode.Combine(GetType(), Id);
}
