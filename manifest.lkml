project_name: "workspace_switcher"

# Workspace Switcher: see and switch the session's workspace (production / development).
# During development use `url: "https://localhost:8080/bundle.js"` instead of `file:` (see README).
application: workspace_switcher {
  label: "Workspace Switcher"
  file: "bundle.js"
  entitlements: {
    # Exactly the SDK methods src/looker/ calls (test/manifest.spec.ts checks both ways).
    core_api_methods: [
      "all_git_branches",
      "all_projects",
      "create_git_branch",
      "delete_git_branch",
      "me",
      "project",
      "project_workspace",
      "reset_project_to_production",
      "reset_project_to_remote",
      "session",
      "update_git_branch",
      "update_session",
      "user_roles"
    ]
  }
}
