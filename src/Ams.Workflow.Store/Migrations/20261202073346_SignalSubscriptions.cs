using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Workflow.Store.Migrations
{
    /// <inheritdoc />
    public partial class SignalSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_signal_starts",
                columns: table => new
                {
                    process_id = table.Column<string>(type: "TEXT", nullable: false),
                    signal_name = table.Column<string>(type: "TEXT", nullable: false),
                    definition_key = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_signal_starts", x => new { x.process_id, x.signal_name });
                });

            migrationBuilder.CreateTable(
                name: "wf_signal_subscriptions",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    process_instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    signal_name = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_signal_subscriptions", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_signal_starts_signal_name",
                table: "wf_signal_starts",
                column: "signal_name");

            migrationBuilder.CreateIndex(
                name: "IX_wf_signal_subscriptions_signal_name",
                table: "wf_signal_subscriptions",
                column: "signal_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_signal_starts");

            migrationBuilder.DropTable(
                name: "wf_signal_subscriptions");
        }
    }
}
