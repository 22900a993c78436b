namespace Commissioning.Domain; internal static class Placeholder;
