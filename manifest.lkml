project_name: "workspace_switcher"

# Workspace Switcher: see and switch the session's workspace (production / development).
# During development use `url: "https://localhost:8080/bundle.js"` instead of `file:` (see README).
# dist/bundle.js is committed (npm run dist): Looker reads it from the commit it installs.
application: workspace_switcher {
  label: "Workspace Switcher"
  file: "dist/bundle.js"
  entitlements: {
    # Saved test queries (extension local storage) and "Open in Explore" (updateLocation).
    local_storage: yes
    navigation: yes
    # CSV downloads of query results: a Blob link needs the sandbox's allow-downloads.
    use_downloads: yes
    # Error messages link to Looker's documentation; the Ship page's "Open a pull request" links to
    # the git host's compare page. The host opens them (openBrowserWindow). Looker's example
    # manifests set new_window beside new_window_external_urls.
    new_window: yes
    new_window_external_urls: [
      "https://cloud.google.com/looker/docs/*",
      "https://docs.looker.com/*",
      "https://github.com/*",
      "https://gitlab.com/*",
      "https://bitbucket.org/*"
    ]
    # Exactly the SDK methods src/looker/ calls (test/manifest.spec.ts checks both ways), with the
    # three of Git Diagnose & Repair (API 26.12+), which the pinned SDK calls by route.
    core_api_methods: [
      "all_git_branches",
      "all_dashboards",
      "all_git_connection_tests",
      "all_lookml_models",
      "all_lookml_tests",
      "all_projects",
      "content_validation",
      "create_git_branch",
      "create_git_diagnostic_report",
      "create_query",
      "create_query_task",
      "dashboard",
      "delete_git_branch",
      "deploy_to_production",
      "get_git_diagnostic_report",
      "git_branch",
      "kill_query",
      "look",
      "lookml_model_explore",
      "manifest",
      "me",
      "project",
      "project_validation_results",
      "project_workspace",
      "query_task",
      "query_task_results",
      "repair_git_diagnostic_report",
      "reset_project_to_production",
      "reset_project_to_remote",
      "run_git_connection_test",
      "run_inline_query",
      "run_lookml_test",
      "run_query",
      "search_dashboard_elements",
      "search_looks",
      "session",
      "update_git_branch",
      "update_session",
      "user_roles",
      "validate_project"
    ]
  }
}

# The model file's connection (workspace_switcher.model.lkml). A Marketplace or Git URL install
# asks for it (marketplace.json `constants`); override_required, as Looker's own Data Dictionary
# and LookML Diagram declare it: there is no connection name that would be right everywhere.
constant: CONNECTION_NAME {
  value: "choose-connection"
  export: override_required
}
