using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>The caller: <c>me</c>, and the roles people hold.</summary>
public sealed class ViewerModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        schema.Types.DescribedEnum("Role", "What someone does here; it decides what they may see and change.", new Dictionary<Role, string>
        {
            [Role.QualityTeam] = "The commissioner's quality team: assures providers and scrutinises their plans.",
            [Role.DesignatedNurse] = "A designated nurse for safeguarding: advises on and scrutinises safeguarding work.",
            [Role.Director] = "A director of the commissioner: signs off reviews and sees every provider.",
            [Role.ChiefExecutive] = "The commissioner's chief executive: accountable for assurance, reads every provider.",
            [Role.Provider] = "Staff of one provider: see and report on their own organisation only.",
            [Role.Dashboard] = "A dashboard: reads figures and summaries, never narratives, and changes nothing.",
        });

        schema.Types.Object<Actor>("Me", me =>
        {
            me.Description("You, as this API sees you: who you are and the role your sign-in gives you.");
            me.Field("userId", x => x.UserId).Description("Your user id at the identity provider.");
            me.Field("displayName", x => x.DisplayName).Description("Your name as shown to others, e.g. on progress updates you submit.");
            me.Field("role", x => x.Role).Description("Your role, which decides what you may see and do.");
            me.Field("providerId", (x, _) => x.ProviderId is { } id ? NodeId.Encode("Provider", id) : null)
                .Type(TypeReference.Of(Scalars.ID))
                .Description("For provider staff, the id of the provider you work for; null for everyone else.");
            me.FieldAsync("provider", (x, c) => x.ProviderId is { } id ? Loaders.Provider(c).LoadAsync(id) : Task.FromResult<Domain.Organisations.Provider?>(null))
                .Type("Provider")
                .Description("For provider staff, the provider you work for; null for everyone else.");
        });

        schema.Query(query => query.Field("me", (_, context) => context.Caller())
            .Type("Me")
            .Description("You, as identified by your sign-in; null when you are not signed in."));
    }
}
