using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>Mapping shared by every aggregate, so each configuration states only what is particular to it.</summary>
internal static class MappingConventions
{
    /// <summary>Enum columns hold member names; the longest name in the domain is well under this.</summary>
    public const int EnumMaxLength = 40;

    /// <summary>User ids and display names copied onto records (who did what).</summary>
    public const int PersonMaxLength = 200;

    /// <summary>
    /// Keys are chosen by the domain (never by the database), and <see cref="AggregateRoot.Version"/>
    /// is checked by every UPDATE so a stale writer fails instead of overwriting (DOMAIN.md "Rules").
    /// </summary>
    public static void ConfigureAggregateRoot<T>(this EntityTypeBuilder<T> builder, string table)
        where T : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    /// <summary>A part of an aggregate with its own identity, stored in its own table.</summary>
    public static void ConfigureChildEntity<T>(this EntityTypeBuilder<T> builder, string table)
        where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        // Children are created in memory with their final id; without this EF would take a
        // non-default key for an existing row and UPDATE instead of INSERT.
        builder.Property(e => e.Id).ValueGeneratedNever();
    }
}
