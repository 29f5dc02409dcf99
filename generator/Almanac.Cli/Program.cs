using System;
using System.Globalization;
using System.Text;
using Almanac.Cli;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
return await AlmanacCli.RunAsync(args, Console.Out, Console.Error);
