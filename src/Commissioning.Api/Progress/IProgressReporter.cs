namespace Commissioning.Api.Progress;

/// <summary>
/// Where long work says how far it has got. The server logs it (<see cref="LoggedProgress"/>); the command line
/// shows it on standard error (<see cref="ConsoleProgress"/>). Work reports every step; a reporter decides how
/// often to show one, and always shows the finished update.
/// </summary>
public interface IProgressReporter
{
    void Report(ProgressUpdate update);
}
