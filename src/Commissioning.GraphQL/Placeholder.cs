namespace Commissioning.GraphQL; internal static class Placeholder;
