using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Workflow.Store.Migrations
{
    /// <inheritdoc />
    public partial class DecisionResources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_decision_resources",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    decision_requirements_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    resource_name = table.Column<string>(type: "TEXT", nullable: false),
                    xml = table.Column<string>(type: "TEXT", nullable: false),
                    checksum = table.Column<string>(type: "TEXT", nullable: false),
                    deployed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_decision_resources", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_decisions",
                columns: table => new
                {
                    decision_id = table.Column<string>(type: "TEXT", nullable: false),
                    resource_key = table.Column<string>(type: "TEXT", nullable: false),
                    deployed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_decisions", x => new { x.decision_id, x.resource_key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_decision_resources_decision_requirements_id_version",
                table: "wf_decision_resources",
                columns: new[] { "decision_requirements_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_decisions_decision_id_deployed_at",
                table: "wf_decisions",
                columns: new[] { "decision_id", "deployed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_decision_resources");

            migrationBuilder.DropTable(
                name: "wf_decisions");
        }
    }
}
