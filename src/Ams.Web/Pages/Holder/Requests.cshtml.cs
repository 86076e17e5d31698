using Ams.Web.Accounts;
using Ams.Web.Hosting;
using Ams.Web.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Pages.Holder;

/// <summary><em>Status Permohonan</em>: the holder's requests, refreshing by itself while one is still open.</summary>
[Authorize(Policy = Roles.Holder)]
public sealed class RequestsModel(AmsDbContext db) : PageModel
{
    /// <summary>The rows, newest first.</summary>
    public IReadOnlyList<RequestView> Rows { get; private set; } = [];

    /// <summary>Whether a request still awaits its outcome.</summary>
    public bool AnyOpen { get; private set; }

    /// <summary>Loads the caller's own requests.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var holder = Caller.Id(User);
        var requests = await db.Requests.AsNoTracking().Where(r => r.HolderId == holder).ToListAsync(cancellationToken);
        Rows = requests.OrderByDescending(r => r.CreatedAt).Select(RequestView.From).ToList();
        AnyOpen = requests.Exists(r => r.IsOpen);
    }
}
