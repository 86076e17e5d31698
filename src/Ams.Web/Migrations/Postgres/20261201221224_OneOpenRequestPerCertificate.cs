using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneOpenRequestPerCertificate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ams_requests_open_per_certificate",
                table: "ams_requests",
                column: "SerialNumber",
                unique: true,
                filter: "\"Kind\" = 'revoke' AND (\"Verification\" = 'pending' OR (\"Verification\" = 'approved' AND \"Enrollment\" IN ('none', 'pending')))");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ams_requests_open_per_certificate",
                table: "ams_requests");
        }
    }
}
