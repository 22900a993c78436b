using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;

namespace Commissioning.Domain.Tests.Organisations;

public class LscbTests
{
    [Fact]
    public void Is_created_and_renamed_by_the_quality_team()
    {
        var lscb = Lscb.Create(Guid.NewGuid(), " Dorset Safeguarding Children Board ", "Dorset", Actors.QualityTeam).Value;

        Assert.Equal("Dorset Safeguarding Children Board", lscb.Name);
        Assert.True(lscb.Rename("Pan-Dorset SCB", "Dorset, Bournemouth and Poole", Actors.QualityTeam).IsSuccess);
        Assert.Equal(1, lscb.Version);
    }

    [Fact]
    public void Needs_a_name_and_an_area()
    {
        Assert.Equal("area", Lscb.Create(Guid.NewGuid(), "Board", "", Actors.QualityTeam).Error!.Field);
        Assert.Equal(ErrorCodes.Forbidden, Lscb.Create(Guid.NewGuid(), "Board", "Area", Actors.Director).Error!.Code);
    }
}
