<#import "template.ftl" as layout>
<#-- Something stopped the sign-in (an expired or used link, a disabled account...): say what to do. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("errorTitle")}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="nhsuk-body instruction">${kcSanitize(message.summary)?no_esc}</p>
            <#if traceId??>
                <p class="nhsuk-body" id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink?? && client?? && client.baseUrl?has_content>
                <p class="nhsuk-body"><a id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
