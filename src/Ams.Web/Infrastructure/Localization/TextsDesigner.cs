namespace Ams.Web.Infrastructure.Localization;

/// <summary>Administration: the workflow designer, model versions and decision tables.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> DesignerWords() => new(StringComparer.Ordinal)
    {
        // Administration: designer and model versions
        ["designer"] = ("Desainer alur kerja", "Workflow designer"),
        ["newModel"] = ("Baru", "New"),
        ["deployedVersion"] = ("Proses dan versi yang sudah di-deploy", "Deployed process and version"),
        ["import"] = ("Impor", "Import"),
        ["export"] = ("Ekspor", "Export"),
        ["undo"] = ("Urungkan", "Undo"),
        ["redo"] = ("Ulangi", "Redo"),
        ["check"] = ("Periksa", "Check"),
        ["deploy"] = ("Deploy", "Deploy"),
        ["designerImportWarnings"] = ("{0} ({1} peringatan impor)", "{0} ({1} import warnings)"),
        ["designerCannotOpen"] = ("Model tidak dapat dibuka: {0}", "Cannot open the model: {0}"),
        ["designerNoVersion"] = ("Tidak ada versi {0} yang sudah di-deploy.", "No deployed version of {0}."),
        ["designerProblemsBlock"] = ("{0} masalah menghalangi deploy.", "{0} problem(s) block deployment."),
        ["designerAccepted"] = ("Engine menerima model ini.", "The engine accepts this model."),
        ["designerDeployed"] = ("{0} versi {1} sudah di-deploy.", "Deployed {0} version {1}."),
        ["designerUnchanged"] = ("Tidak berubah: {0} versi {1} sudah berisi model ini.", "Unchanged: {0} version {1} is this model already."),
        ["designerNotDeployed"] = ("Tidak di-deploy: {0} masalah.", "Not deployed: {0} problem(s)."),
        ["designerTemplatesFailed"] = ("Template elemen: {0}", "Element templates: {0}"),
        ["designerNewProcess"] = ("Proses baru", "New process"),
        ["workflowVersions"] = ("Versi alur kerja", "Workflow versions"),

        // Administration: decision tables
        ["calledBy"] = ("Dipanggil oleh", "Called by"),
        ["calls"] = ("Memanggil", "Calls"),
        ["decisions"] = ("Tabel keputusan", "Decision tables"),
        ["deployedDecision"] = ("Keputusan dan versi yang sudah di-deploy", "Deployed decisions and version"),
        ["decisionViews"] = ("Keputusan dalam berkas ini", "Decisions in this file"),
        ["decisionsNew"] = ("Keputusan baru", "New decision"),
        ["decisionsNoneDeployed"] = ("Belum ada keputusan yang di-deploy.", "No decision deployed yet."),
        ["version"] = ("Versi", "Version"),
        ["deployedAt"] = ("Dideploy pada", "Deployed at"),
        ["deployedBy"] = ("Dideploy oleh", "Deployed by"),
        ["download"] = ("Unduh", "Download"),
        ["openInDesigner"] = ("Buka di desainer", "Open in designer"),
        ["compare"] = ("Bandingkan", "Compare"),
        ["problems"] = ("Masalah", "Problems"),
        ["chooseTemplate"] = ("Pilih template", "Choose a template"),

        // Administration: designer's deploy confirmation and the API reference
        ["designerConfirmTitle"] = ("Deploy model ini?", "Deploy this model?"),
        ["designerConfirmText"] = ("Proses {0} akan di-deploy sebagai versi {1}. Instans yang sedang berjalan tetap memakai versinya sendiri.", "Process {0} will be deployed as version {1}. Running instances keep their own version."),
        ["designerConfirmUnchanged"] = ("Model ini sama persis dengan proses {0} versi {1}: deploy tidak membuat versi baru.", "This model is exactly process {0} version {1}: deploying makes no new version."),
        ["designerConfirmDeploy"] = ("Ya, deploy", "Yes, deploy"),
        ["designerCancelDeploy"] = ("Batal", "Cancel"),
        ["designerDeployCancelled"] = ("Deploy dibatalkan.", "Deployment cancelled."),
        ["apiReference"] = ("Referensi API", "API reference"),
    };
}
