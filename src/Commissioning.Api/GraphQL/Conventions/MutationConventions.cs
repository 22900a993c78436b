using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// HotChocolate's mutation conventions: <c>doThing(input: DoThingInput!): DoThingPayload!</c>, where the
/// payload holds the changed object and <c>errors: [DoThingError!]</c>, a union of typed errors. A domain
/// rule saying no is data a client renders; only malformed requests and defects are GraphQL errors.
/// </summary>
public static class MutationConventions
{
    /// <param name="name">The field name, e.g. <c>createThing</c>; types are named <c>CreateThingInput</c>, <c>CreateThingPayload</c>, <c>CreateThingError</c>.</param>
    /// <param name="resultField">The payload field holding the changed object, e.g. <c>thing</c>.</param>
    /// <param name="resultType">The GraphQL type of that object.</param>
    /// <param name="errorCodes">The <see cref="DomainError.Code"/>s this mutation can return; each becomes a member of its error union.</param>
    public static FieldBuilder MutationField<TInput, TResult>(this ComplexTypeBuilder<object?> mutation, GraphQLConventions conventions,
        string name, string resultField, string resultType, Action<InputObjectTypeBuilder<TInput>> input,
        IReadOnlyList<string> errorCodes, Func<TInput, IResolveFieldContext, Task<Result<TResult>>> resolve)
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        conventions.Schema.InputObject(prefix + "Input", input);
        var errors = errorCodes.Select(conventions.ErrorType).ToList();
        var union = new UnionType(prefix + "Error", [.. errors])
        {
            Description = $"The business rules that can stop `{name}`.",
            ResolveType = (value, _, _) => (value as TypedError)?.TypeName,
        };
        conventions.Schema.Type(union);
        conventions.Schema.Object<MutationPayload<TResult>>(prefix + "Payload", p =>
        {
            p.Description($"What `{name}` returns: the changed {resultType}, or the errors that stopped the change.");
            p.Field(resultField, x => x.Value).Type(resultType).Description($"The {resultType} as it is after the change; null when errors stopped it.");
            p.Field("errors", x => x.Errors).Type(TypeReference.Named(union.Name).NonNull().List())
                .Description("Why the change was refused; null when it succeeded, and then nothing was stored.");
        });

        var byCode = errors.ToDictionary(e => (string)e.Metadata[GraphQLConventions.ErrorCodeKey]!, e => e.Name, StringComparer.Ordinal);
        return mutation.FieldAsync(name, async (_, context) =>
            {
                var result = await resolve(context.GetArgument<TInput>("input"), context).ConfigureAwait(false);
                if (result.IsSuccess) return new MutationPayload<TResult>(result.Value, null);
                // An undeclared code is a defect in the mutation, not the client's problem: it is masked and logged.
                var typeName = byCode.TryGetValue(result.Error.Code, out var t) ? t
                    : throw new InvalidOperationException($"{name} returned error code {result.Error.Code}, which is not among its declared errors.");
                return new MutationPayload<TResult>(default, [new TypedError(typeName, result.Error)]);
            })
            .Type(TypeReference.Named(prefix + "Payload").NonNull())
            .Argument("input", TypeReference.Named(prefix + "Input").NonNull());
    }
}

/// <summary>What a convention mutation returns: the changed object, or the errors that prevented the change.</summary>
public sealed record MutationPayload<TResult>(TResult? Value, IReadOnlyList<TypedError>? Errors);

/// <summary>A domain error with the GraphQL object type that presents it.</summary>
public sealed record TypedError(string TypeName, DomainError Error);
