<#import "template.ftl" as layout>
<#-- Information pages: what to do next in an invitation, "your account has been updated", ... -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if messageHeader??>
            ${kcSanitize(msg("${messageHeader}"))?no_esc}
        <#elseif requiredActions??>
            ${msg("requiredActionsTitle")}
        <#else>
            ${kcSanitize(message.summary)?no_esc}
        </#if>
    <#elseif section = "form">
        <div id="kc-info-message">
            <#if requiredActions??>
                <p class="nhsuk-body instruction">${msg("requiredActionsIntro")}</p>
                <ul class="nhsuk-list nhsuk-list--bullet" id="required-actions">
                    <#list requiredActions as action>
                        <li>${kcSanitize(msg("requiredAction.${action}"))?no_esc}</li>
                    </#list>
                </ul>
            <#elseif messageHeader??>
                <p class="nhsuk-body instruction">${kcSanitize(message.summary)?no_esc}</p>
            </#if>
            <#if !skipLink??>
                <#if pageRedirectUri?has_content>
                    <p class="nhsuk-body"><a id="back-to-application" href="${pageRedirectUri}">${msg("backToApplication")}</a></p>
                <#elseif actionUri?has_content>
                    <a class="nhsuk-button" id="proceed-with-action" href="${actionUri}" role="button" draggable="false">${msg("proceedWithAction")}</a>
                <#elseif (client.baseUrl)?has_content>
                    <p class="nhsuk-body"><a id="back-to-application" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
