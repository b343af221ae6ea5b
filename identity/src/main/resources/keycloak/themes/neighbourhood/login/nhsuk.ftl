<#--
  NHS.UK form pieces for the sign-in pages: a text input with its label above, optional hint and,
  when Keycloak reports an error for its field, the inline error message between them.
-->
<#macro textInput id field label type="text" autocomplete="off" value="" hint="">
    <#local error = messagesPerField.existsError(field)>
    <#local describedBy = (hint?has_content)?then(id + "-hint ", "") + error?then(id + "-error", "")>
    <div class="nhsuk-form-group<#if error> nhsuk-form-group--error</#if>">
        <label class="nhsuk-label nhsuk-label--s" for="${id}">${label}</label>
        <#if hint?has_content>
            <div class="nhsuk-hint" id="${id}-hint">${hint}</div>
        </#if>
        <#if error>
            <span class="nhsuk-error-message" id="${id}-error"><span class="nhsuk-u-visually-hidden">${msg("errorPrefix")} </span>${kcSanitize(messagesPerField.get(field))?no_esc}</span>
        </#if>
        <input class="nhsuk-input<#if error> nhsuk-input--error</#if>" id="${id}" name="${id}" type="${type}"
               value="${value}" autocomplete="${autocomplete}" spellcheck="false" dir="ltr"<#if describedBy?trim?has_content> aria-describedby="${describedBy?trim}"</#if><#if error> aria-invalid="true"</#if>>
    </div>
</#macro>

<#-- The label a username field has in this realm: e-mail address or username. -->
<#function usernameLabel>
    <#if !realm.loginWithEmailAllowed>
        <#return msg("username")>
    <#elseif !realm.registrationEmailAsUsername>
        <#return msg("usernameOrEmail")>
    <#else>
        <#return msg("email")>
    </#if>
</#function>
