using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Almanac.Generator.Tests")]
